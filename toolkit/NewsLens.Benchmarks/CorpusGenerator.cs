using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsLens.Benchmarks;

/// <summary>
/// A deterministic, news-like English corpus written as JSON Lines shards (one article a line, with outlet, date and
/// title as document variables). The same seed and size always give byte-identical files. Words follow a Zipf law
/// over the seed articles' vocabulary plus a long tail of made-up words, so the dictionary grows the way a real
/// corpus's does. Non-ASCII is realistic: curly quotes and apostrophes, dashes, Türkiye, Çavuşoğlu, Erdoğan, and a
/// few names written with decomposed (NFD) accents.
/// </summary>
public sealed partial class CorpusGenerator(int seed)
{
    public const int ShardBytes = 4_000_000;

    private static readonly string[] Outlets =
    [
        "Daily Sabah", "Arab News", "The New Arab", "Al-Watan (Syria)", "The Syrian Observer", "Hürriyet Daily News",
        "TASS", "Reuters", "Al-Monitor", "Middle East Eye",
    ];

    private static readonly string[] Names =
    [
        "Türkiye", "Çavuşoğlu", "Erdoğan", "Hakan Fidan", "Hulusi Akar", "Bashar al-Assad", "Faisal Mekdad", "Sergei Lavrov",
        "Ayman Sousan", "Hossein Amir-Abdollahian", "Ankara", "Damascus", "Moscow", "Tehran", "İbrahim Kalın", "Kılıçdaroğlu",
        "Şanlıurfa", "Gaziantep", "İdlib", "Aleppo", "Mevlüt Çavuşoğlu", "Vladimir Putin", "Kremlin", "Astana",
    ];

    // NFD spellings: a base letter followed by combining marks (cedilla U+0327, breve U+0306, acute U+0301, diaeresis U+0308).
    private static readonly string[] DecomposedNames =
    [
        "C\u0327avus\u0327og\u0306lu", "Erdog\u0306an", "Tu\u0308rkiye", "Mevlu\u0308t", "cafe\u0301", "re\u0301gime", "Ho\u0308hne",
    ];

    private static readonly string[] Abbreviations = ["U.S.", "U.N.", "U.K.", "E.U.", "Dr.", "Mr.", "Gen.", "Dec. 28", "No. 2"];

    private static readonly string[] Verbs = ["said", "told", "stated", "added", "warned", "noted", "argued", "claimed", "insisted"];

    private readonly string[] _vocabulary = BuildVocabulary(seed);
    private readonly double[] _cumulative = ZipfCumulative(_vocabularySize);

    private const int _vocabularySize = 120_000;

    /// <summary>Writes shards until <paramref name="totalBytes"/> UTF-8 bytes, in parallel; returns the shard paths in order.</summary>
    public IReadOnlyList<string> Write(string folder, long totalBytes, int threads)
    {
        Directory.CreateDirectory(folder);
        var shardCount = (int)Math.Max(1, (totalBytes + ShardBytes - 1) / ShardBytes);
        var paths = Enumerable.Range(0, shardCount).Select(i => Path.Combine(folder, $"shard-{i:D4}.jsonl")).ToArray();
        Parallel.For(0, shardCount, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var bytes = i == shardCount - 1 ? totalBytes - ((long)ShardBytes * (shardCount - 1)) : ShardBytes;
            WriteShard(paths[i], i, bytes);
        });
        return paths;
    }

    private void WriteShard(string path, int shard, long bytes)
    {
        var random = new SplitMix64(((ulong)(uint)seed << 32) ^ (ulong)shard);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var article = new StringBuilder(8192);
        long written = 0;
        var index = 0;
        while (written < bytes)
        {
            article.Clear();
            var outlet = Outlets[random.Next(Outlets.Length)];
            var title = Sentence(random, article, 6 + random.Next(8), quote: false);
            article.Clear();
            var paragraphs = 3 + random.Next(10);
            for (var p = 0; p < paragraphs; p++)
            {
                var sentences = 1 + random.Next(4);
                for (var s = 0; s < sentences; s++)
                {
                    Sentence(random, article, 8 + random.Next(25), quote: random.Next(6) == 0);
                    article.Append(' ');
                }

                article.Length--;
                article.Append("\n\n");
            }

            var text = article.ToString();
            var date = new DateOnly(2022, 1, 1).AddDays(random.Next(730)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            json.Reset(stream);
            json.WriteStartObject();
            json.WriteString("id", $"s{shard:D4}-{index++:D5}");
            json.WriteString("outlet", outlet);
            json.WriteString("date", date);
            json.WriteString("title", title.TrimEnd('.'));
            json.WriteString("text", text);
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            written = stream.Position;
        }
    }

    /// <summary>Appends one sentence; returns it.</summary>
    private string Sentence(SplitMix64 random, StringBuilder builder, int words, bool quote)
    {
        var start = builder.Length;
        if (quote)
        {
            builder.Append('\u201C');
        }

        for (var w = 0; w < words; w++)
        {
            if (w > 0)
            {
                builder.Append(w > 2 && random.Next(14) == 0 ? ", " : random.Next(60) == 0 ? " \u2014 " : " ");
            }

            var roll = random.Next(1000);
            var word = roll switch
            {
                < 40 => Names[random.Next(Names.Length)],
                < 43 => DecomposedNames[random.Next(DecomposedNames.Length)],
                < 50 => Abbreviations[random.Next(Abbreviations.Length)],
                < 70 => Number(random),
                < 80 => $"{Names[random.Next(Names.Length)]}\u2019s",
                < 85 => $"{Word(random)}-{Word(random)}",
                _ => Word(random),
            };
            builder.Append(w == 0 ? Capitalised(word) : word);
        }

        builder.Append(quote ? random.Next(3) == 0 ? "?\u201D" : ",\u201D " + Verbs[random.Next(Verbs.Length)] + " " + Names[random.Next(Names.Length)] + "." : ".");
        return builder.ToString(start, builder.Length - start);
    }

    private string Word(SplitMix64 random)
    {
        var u = random.NextDouble();
        var index = Array.BinarySearch(_cumulative, u);
        return _vocabulary[index < 0 ? Math.Min(~index, _vocabulary.Length - 1) : index];
    }

    private static string Number(SplitMix64 random) => random.Next(4) switch
    {
        0 => (2000 + random.Next(26)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => $"{random.Next(100)}.{random.Next(10)}",
        2 => $"{1 + random.Next(999)},{random.Next(1000):D3}",
        _ => random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Capitalised(string word) =>
        word.Length > 0 && char.IsLower(word[0]) ? string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1)) : word;

    /// <summary>The seed articles' words (most frequent first) followed by made-up words from English-like syllables.</summary>
    private static string[] BuildVocabulary(int seed)
    {
        var real = SeedWords();
        var random = new SplitMix64((ulong)(uint)seed * 0x9E3779B97F4A7C15UL);
        string[] onsets = ["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "w", "st", "tr", "pr", "ch", "sh", "br", "cl"];
        string[] vowels = ["a", "e", "i", "o", "u", "ea", "ou", "io", "ai"];
        string[] codas = ["", "n", "r", "s", "t", "l", "nd", "st", "ng", "ment", "tion", "ed", "ing", "er"];
        var words = new List<string>(_vocabularySize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in real)
        {
            if (seen.Add(w))
            {
                words.Add(w);
            }
        }

        while (words.Count < _vocabularySize)
        {
            var syllables = 1 + random.Next(4);
            var word = new StringBuilder();
            for (var s = 0; s < syllables; s++)
            {
                word.Append(onsets[random.Next(onsets.Length)]).Append(vowels[random.Next(vowels.Length)]).Append(codas[random.Next(codas.Length)]);
            }

            if (seen.Add(word.ToString()))
            {
                words.Add(word.ToString());
            }
        }

        return [.. words];
    }

    private static IEnumerable<string> SeedWords()
    {
        var seeds = Path.Combine(RepositoryRoot.Path, "seeds");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (Match match in LowerWord().Matches(File.ReadAllText(file)))
            {
                counts[match.Value] = counts.GetValueOrDefault(match.Value) + 1;
            }
        }

        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key);
    }

    private static double[] ZipfCumulative(int size)
    {
        var cumulative = new double[size];
        var total = 0.0;
        for (var i = 0; i < size; i++)
        {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }

        for (var i = 0; i < size; i++)
        {
            cumulative[i] /= total;
        }

        return cumulative;
    }

    [GeneratedRegex("\\b[a-z]{2,}\\b")]
    private static partial Regex LowerWord();
}

/// <summary>SplitMix64: a tiny PRNG whose output is fixed by its seed on every platform and .NET version.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
}

internal static class RepositoryRoot
{
    public static string Path { get; } = Find(Directory.GetCurrentDirectory()) ?? Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Run the benchmark inside the NewsLens repository (NewsLens.slnx and seeds/ not found).");

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsLens.slnx")) && Directory.Exists(System.IO.Path.Combine(dir.FullName, "seeds")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
