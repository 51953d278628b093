using System.Collections.Immutable;

namespace NewsLens.Text;

/// <summary>
/// Folded word frequencies straight from text: <see cref="Tokenizer.Enumerate"/> + <see cref="TextFolding.FoldInto"/>
/// into a span-keyed <see cref="SpanCounts"/> table, so a token costs no allocation. Counts word and number
/// tokens (possessive 's, punctuation and symbols are not words), the same features as
/// <see cref="NGrams.Frequencies"/> with n = 1 and no stop words. Not thread-safe: give each thread its own
/// counter and <see cref="Merge"/> them.
/// </summary>
public sealed class WordCounter
{
    private readonly SpanCounts _counts;
    private Dictionary<string, int>? _snapshot;

    public WordCounter(int capacity = 1024) => _counts = new SpanCounts(capacity);

    /// <summary>Word tokens counted so far.</summary>
    public long TokenCount { get; private set; }

    /// <summary>Distinct folded words.</summary>
    public int Count => _counts.Count;

    /// <summary>Every folded word with its count (built on first use after a change).</summary>
    public IReadOnlyDictionary<string, int> Counts => _snapshot ??= _counts.Entries().ToDictionary(StringComparer.Ordinal);

    /// <summary>How often the folded word occurred (0 when never).</summary>
    public int this[string word] => _counts[word];

    /// <summary>Tokenises <paramref name="text"/> and counts its folded words.</summary>
    public void Add(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[TextFolding.StackFoldLimit];
        _snapshot = null;
        long tokens = 0;
        foreach (var token in Tokenizer.Enumerate(text))
        {
            if (!token.IsWordLike)
            {
                continue;
            }

            tokens++;
            _counts.Add(TextFolding.FoldInto(text.Slice(token.Start, token.Length), buffer));
        }

        TokenCount += tokens;
    }

    /// <summary>Adds another counter's counts to this one.</summary>
    public void Merge(WordCounter other)
    {
        _snapshot = null;
        _counts.Merge(other._counts);
        TokenCount += other.TokenCount;
    }

    /// <summary>Most frequent first, ties in ordinal order, ranked like <see cref="NGrams.Frequencies"/> (document frequency is not tracked: 0).</summary>
    public ImmutableArray<FeatureFrequency> ToFrequencies() =>
        FeatureRanking.Rank(_counts.Entries().Select(p => (p.Key, p.Value, 0)));
}

internal static class FeatureRanking
{
    public static ImmutableArray<FeatureFrequency> Rank(IEnumerable<(string Feature, int Frequency, int Documents)> features)
    {
        var ordered = features.OrderByDescending(f => f.Frequency).ThenBy(f => f.Feature, StringComparer.Ordinal).ToList();
        var builder = ImmutableArray.CreateBuilder<FeatureFrequency>(ordered.Count);
        var rank = 0;
        var previous = -1;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Frequency != previous)
            {
                rank = i + 1;
                previous = ordered[i].Frequency;
            }

            builder.Add(new FeatureFrequency(ordered[i].Feature, ordered[i].Frequency, rank, ordered[i].Documents));
        }

        return builder.MoveToImmutable();
    }
}
