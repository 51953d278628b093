using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>
/// The domain layer for stance: which sentences are about the target process (<see cref="Targets"/>), domain
/// valences laid over the general lexicon (<see cref="Polarity"/>) and hedging cues with weights (<see cref="Hedges"/>).
/// Read from a TAB-separated file (format documented in seeds/resources/stance_lexicon.tsv).
/// </summary>
public sealed record StanceLexicon(
    string Source,
    ImmutableArray<LexiconPhrase> Targets,
    ImmutableSortedDictionary<string, double> Polarity,
    ImmutableSortedDictionary<string, double> Hedges)
{
    private static readonly Lazy<StanceLexicon> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NewsLens.Sentiment.stance_lexicon.tsv")
            ?? throw new InvalidOperationException("The stance lexicon is missing from the NewsLens assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "stance_lexicon.tsv (embedded)");
    });

    /// <summary>The lexicon shipped in seeds/resources/stance_lexicon.tsv (target: Turkey–Syria normalisation).</summary>
    public static StanceLexicon Default => Embedded.Value;

    public static StanceLexicon Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static StanceLexicon Parse(TextReader reader, string source)
    {
        var targets = new List<LexiconPhrase>();
        var polarity = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var hedges = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length is < 2 or > 3)
            {
                throw new LexiconFormatException(source, lineNumber, $"expected 'kind<TAB>entry<TAB>value' (2 or 3 TAB-separated columns), found {columns.Length} in \"{Shorten(line)}\"");
            }

            var kind = columns[0].Trim();
            var words = SentimentLexicon.SplitPhrase(TextFolding.Fold(columns[1].Trim()));
            if (words.Length == 0)
            {
                throw new LexiconFormatException(source, lineNumber, "the entry (second column) is empty");
            }

            var entry = string.Join(' ', words);
            var valueText = columns.Length == 3 ? columns[2].Trim() : "";
            if (kind != "target" && entry.Contains('*', StringComparison.Ordinal))
            {
                throw new LexiconFormatException(source, lineNumber, $"wildcards (*) are only allowed in target entries, not in {kind} entry \"{entry}\"");
            }

            switch (kind)
            {
                case "target":
                    if (valueText.Length > 0)
                    {
                        throw new LexiconFormatException(source, lineNumber, $"target entries take no value, found \"{Shorten(valueText)}\"");
                    }

                    targets.Add(new LexiconPhrase([.. words], 0));
                    break;
                case "polarity":
                    polarity[entry] = ParseValue(source, lineNumber, valueText, -4, 4, "polarity valence");
                    break;
                case "hedge":
                    var weight = ParseValue(source, lineNumber, valueText, 0, 2, "hedge weight");
                    if (weight <= 0)
                    {
                        throw new LexiconFormatException(source, lineNumber, "a hedge weight must be greater than 0");
                    }

                    hedges[entry] = weight;
                    break;
                default:
                    throw new LexiconFormatException(source, lineNumber, $"unknown kind \"{Shorten(kind)}\" (expected target, polarity or hedge)");
            }
        }

        if (targets.Count == 0)
        {
            throw new LexiconFormatException(source, lineNumber, "no target entries: at least one 'target' line is needed to find the sentences about the process");
        }

        return new StanceLexicon(source, [.. targets], polarity.ToImmutable(), hedges.ToImmutable());
    }

    /// <summary>The same lexicon with other target patterns (for example "ceasefire", "grain deal").</summary>
    public StanceLexicon WithTargets(IEnumerable<string> patterns) => this with
    {
        Targets = [.. patterns.Select(p => new LexiconPhrase([.. SentimentLexicon.SplitPhrase(TextFolding.Fold(p))], 0)).Where(p => !p.Words.IsEmpty)],
    };

    /// <summary>The first target pattern found in the folded words, as the matched text, or null.</summary>
    public string? FindTarget(IReadOnlyList<string> foldedWords)
    {
        for (var start = 0; start < foldedWords.Count; start++)
        {
            foreach (var target in Targets)
            {
                if (target.MatchesAt(foldedWords, start))
                {
                    return string.Join(' ', foldedWords.Skip(start).Take(target.Words.Length));
                }
            }
        }

        return null;
    }

    private static double ParseValue(string source, int line, string text, double min, double max, string what)
    {
        if (text.Length == 0)
        {
            throw new LexiconFormatException(source, line, $"the {what} (third column) is missing");
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new LexiconFormatException(source, line, $"the {what} \"{Shorten(text)}\" is not a number");
        }

        if (value < min || value > max)
        {
            throw new LexiconFormatException(source, line, $"the {what} {value.ToString(CultureInfo.InvariantCulture)} is outside {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
