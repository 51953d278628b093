namespace NewsLens.Mentions;

/// <summary>A dictionary file that cannot be used, with the file, the line (when known) and what is wrong.</summary>
public sealed class ActorDictionaryException : Exception
{
    public ActorDictionaryException(string source, int? line, string problem)
        : base(line is null ? $"{source}: {problem}" : $"{source}, line {line}: {problem}")
    {
        DictionaryFile = source;
        Line = line;
        Problem = problem;
    }

    public ActorDictionaryException()
        : this("actor dictionary", null, "invalid")
    {
    }

    public ActorDictionaryException(string message)
        : this("actor dictionary", null, message)
    {
    }

    public ActorDictionaryException(string message, Exception inner)
        : base(message, inner)
    {
        DictionaryFile = "actor dictionary";
        Problem = message;
    }

    /// <summary>The file (or name) the dictionary was read from.</summary>
    public string DictionaryFile { get; }

    /// <summary>1-based line of the offending value, or null when the problem is not tied to one line.</summary>
    public int? Line { get; }

    public string Problem { get; }
}
