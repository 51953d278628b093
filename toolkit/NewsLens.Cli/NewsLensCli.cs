using System.CommandLine;
using NewsLens.Cli.Commands;

namespace NewsLens.Cli;

/// <summary>The `newslens` command line. Run takes its writers so tests can call it in-process.</summary>
public static class NewsLensCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("NewsLens: how news outlets cover a story. Load a corpus, count who is mentioned, score stance, compare sources, render the notebooks.")
        {
            CorpusCommand.Create(output, error),
            RenderCommand.Create(output, error),
            MentionsCommand.Create(output, error),
            SentimentCommand.Create(output, error),
            EvaluateCommand.Create(output, error),
            CompareCommand.Create(output, error),
            StoryCommand.Create(output, error),
            AnalyzeCommand.Create(output, error),
            MergeCommand.Create(output, error),
            DoctorCommand.Create(output, error),
        };

        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(invocation);
        }
        catch (CliException e)
        {
            error.WriteLine($"newslens: {e.Message}");
            return 1;
        }
    }
}

/// <summary>A failure the user can fix; printed as one line, exit code 1.</summary>
public sealed class CliException(string message) : Exception(message)
{
    public CliException()
        : this("command failed")
    {
    }

    public CliException(string message, Exception inner)
        : this(message + ": " + inner.Message)
    {
    }
}
