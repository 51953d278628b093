namespace NewsLens.Text;

/// <summary>A sentence: characters [Start, End) of its document's text and tokens [FirstToken, FirstToken + TokenCount).</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    public string ToString(string text) => text[Start..End].Trim();
}
