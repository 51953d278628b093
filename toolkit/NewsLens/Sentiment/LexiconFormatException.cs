namespace NewsLens.Sentiment;

/// <summary>A lexicon file that cannot be read: names the file, the 1-based line and what is wrong with it.</summary>
public sealed class LexiconFormatException : Exception
{
    public LexiconFormatException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public LexiconFormatException()
        : this("(unknown)", 0, "invalid lexicon")
    {
    }

    public LexiconFormatException(string message)
        : this("(unknown)", 0, message)
    {
    }

    public LexiconFormatException(string message, Exception inner)
        : base(message, inner)
    {
        File = "(unknown)";
        Problem = message;
    }

    public string File { get; }

    public int Line { get; }

    public string Problem { get; }
}
