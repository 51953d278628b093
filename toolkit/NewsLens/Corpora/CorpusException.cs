namespace NewsLens.Corpora;

/// <summary>An input that cannot be used at all (missing path, unreadable manifest). The message names the file and, where known, the line.</summary>
public sealed class CorpusException : Exception
{
    public CorpusException(string message)
        : base(message)
    {
    }

    public CorpusException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public CorpusException()
    {
    }
}
