using NewsLens.Cli;

namespace NewsLens.Tests.Cli;

/// <summary>Runs `newslens` in-process and captures what it printed.</summary>
internal static class CliRun
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = NewsLensCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
