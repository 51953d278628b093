using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>
/// Word (and phrase) valences on VADER's -4..+4 scale, keyed by folded text (see <see cref="TextFolding"/>).
/// Multi-word entries ("positive and constructive") are kept as token sequences and matched greedily, longest first.
/// </summary>
public sealed class SentimentLexicon
{
    private readonly FrozenDictionary<string, double> _words;
    private readonly FrozenDictionary<string, ImmutableArray<LexiconPhrase>> _phrasesByFirstWord;
    private readonly FrozenDictionary<string, WordEntry> _entries;
    private readonly WordFilter _entryFilter;

    private SentimentLexicon(IReadOnlyDictionary<string, double> entries, string source)
    {
        Source = source;
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        var phrases = new List<LexiconPhrase>();
        foreach (var (key, valence) in entries)
        {
            var parts = SplitPhrase(key);
            if (parts.Length == 1)
            {
                words[parts[0]] = valence;
            }
            else if (parts.Length > 1)
            {
                phrases.Add(new LexiconPhrase([.. parts], valence));
            }
        }

        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _phrasesByFirstWord = phrases
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ThenBy(p => string.Join(' ', p.Words), StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
        _entries = _words.Keys.Union(_phrasesByFirstWord.Keys, StringComparer.Ordinal).ToFrozenDictionary(
            word => word,
            word => new WordEntry(_words.TryGetValue(word, out var valence), valence, _phrasesByFirstWord.ContainsKey(word)),
            StringComparer.Ordinal);
        _entryFilter = new WordFilter(_entries.Keys);
    }

    /// <summary>Where the entries came from (a path, or "embedded VADER lexicon").</summary>
    public string Source { get; }

    public int Count => _words.Count + _phrasesByFirstWord.Sum(p => p.Value.Length);

    /// <summary>The VADER lexicon shipped with NewsLens (seeds/resources/vader_lexicon.txt, MIT licence, embedded).</summary>
    public static SentimentLexicon Vader => DefaultVader.Value;

    private static readonly Lazy<SentimentLexicon> DefaultVader = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NewsLens.Sentiment.vader_lexicon.txt")
            ?? throw new InvalidOperationException("The VADER lexicon is missing from the NewsLens assembly.");
        using var reader = new StreamReader(stream);
        return ParseVader(reader, "vader_lexicon.txt (embedded)");
    });

    public static SentimentLexicon FromEntries(IEnumerable<KeyValuePair<string, double>> entries, string source = "entries")
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            map[TextFolding.Fold(key.Trim())] = value;
        }

        return new SentimentLexicon(map, source);
    }

    /// <summary>Reads a lexicon in VADER's format: TOKEN, tab, mean valence, then optional tab-separated columns (ignored).</summary>
    public static SentimentLexicon LoadVader(string path)
    {
        using var reader = new StreamReader(path);
        return ParseVader(reader, path);
    }

    public static SentimentLexicon ParseVader(TextReader reader, string source)
    {
        var entries = new Dictionary<string, double>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 2)
            {
                throw new LexiconFormatException(source, lineNumber, $"expected 'token<TAB>mean valence', found no tab in \"{Shorten(line)}\"");
            }

            if (columns[0].Trim().Length == 0)
            {
                throw new LexiconFormatException(source, lineNumber, "the token (first column) is empty");
            }

            if (!double.TryParse(columns[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var valence) || !double.IsFinite(valence))
            {
                throw new LexiconFormatException(source, lineNumber, $"the valence \"{Shorten(columns[1])}\" is not a number");
            }

            if (valence is < -4 or > 4)
            {
                throw new LexiconFormatException(source, lineNumber, $"the valence {valence.ToString(CultureInfo.InvariantCulture)} is outside VADER's scale -4..4");
            }

            entries[TextFolding.Fold(columns[0].Trim())] = valence;
        }

        return new SentimentLexicon(entries, source);
    }

    public bool Contains(string foldedWord) => _words.ContainsKey(foldedWord);

    public bool TryGetValence(string foldedWord, out double valence) => _words.TryGetValue(foldedWord, out valence);

    /// <summary>
    /// What <see cref="TryGetValence"/> says about a folded word and whether <see cref="LongestPhraseAt"/> can find a
    /// phrase starting with it, in one lookup; false (and default) when neither.
    /// </summary>
    internal bool TryGetEntry(string foldedWord, out WordEntry entry)
    {
        if (!MayHaveEntry(foldedWord))
        {
            entry = default;
            return false;
        }

        return _entries.TryGetValue(foldedWord, out entry);
    }

    /// <summary>True when the folded word is an entry or starts one (what <see cref="TryGetEntry"/> finds).</summary>
    internal bool HasEntry(string foldedWord) => MayHaveEntry(foldedWord) && _entries.ContainsKey(foldedWord);

    /// <summary>False when the folded word is certainly no entry (most words of a text are none).</summary>
    private bool MayHaveEntry(string foldedWord) => _entryFilter.MayContain(foldedWord);

    /// <summary>The longest multi-word entry starting at <paramref name="start"/> of the folded words, if any.</summary>
    public LexiconPhrase? LongestPhraseAt(IReadOnlyList<string> foldedWords, int start)
    {
        if (!_phrasesByFirstWord.TryGetValue(foldedWords[start], out var candidates))
        {
            return null;
        }

        foreach (var phrase in candidates)
        {
            if (phrase.MatchesAt(foldedWords, start))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>This lexicon with <paramref name="overlay"/>'s entries added; the overlay wins where both have an entry.</summary>
    public SentimentLexicon With(IEnumerable<KeyValuePair<string, double>> overlay, string source)
    {
        var map = new Dictionary<string, double>(_words, StringComparer.Ordinal);
        foreach (var phrase in _phrasesByFirstWord.Values.SelectMany(p => p))
        {
            map[string.Join(' ', phrase.Words)] = phrase.Valence;
        }

        foreach (var (key, value) in overlay)
        {
            map[string.Join(' ', SplitPhrase(TextFolding.Fold(key)))] = value;
        }

        return new SentimentLexicon(map, source);
    }

    /// <summary>Splits an entry into the folded words our tokenizer would produce (whitespace separated; hyphens kept, as in tokens).</summary>
    internal static string[] SplitPhrase(string folded) =>
        folded.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}

/// <summary>A folded word's lexicon facts: whether it is a word entry (and its valence), and whether a phrase entry starts with it.</summary>
internal readonly record struct WordEntry(bool IsWord, double Valence, bool StartsPhrase);

/// <summary>A multi-word lexicon entry as folded words; a word ending in * matches any word with that prefix.</summary>
public sealed record LexiconPhrase(ImmutableArray<string> Words, double Valence)
{
    public bool MatchesAt(IReadOnlyList<string> foldedWords, int start)
    {
        if (start + Words.Length > foldedWords.Count)
        {
            return false;
        }

        for (var k = 0; k < Words.Length; k++)
        {
            if (!WordMatches(Words[k], foldedWords[start + k]))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool WordMatches(string pattern, string word) =>
        pattern.Length > 1 && pattern[^1] == '*'
            ? word.AsSpan().StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal)
            : string.Equals(pattern, word, StringComparison.Ordinal);
}
