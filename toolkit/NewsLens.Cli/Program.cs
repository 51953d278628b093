using NewsLens.Cli;

return NewsLensCli.Run(args, Console.Out, Console.Error);
