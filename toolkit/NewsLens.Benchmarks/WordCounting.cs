using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using NewsLens.Text;

namespace NewsLens.Benchmarks;

/// <summary>One way of turning documents into lower-cased word counts. A counter belongs to one thread.</summary>
public interface IWordCounter
{
    long Tokens { get; }

    int Distinct { get; }

    void Add(string document);

    void Merge(IWordCounter other);
}

public sealed record WordCountContender(string Name, string Description, Func<IWordCounter> Create);

public static partial class WordCountContenders
{
    public static WordCountContender NewsLens { get; } = new(
        "NewsLens", "Tokenizer.Enumerate + TextFolding.TryFold -> span-keyed Dictionary (WordCounter)", () => new NewsLensCounter());

    public static WordCountContender Lucene { get; } = new(
        "Lucene.NET", "StandardAnalyzer(LUCENE_48, no stop words), term buffer -> span-keyed Dictionary", () => new LuceneCounter());

    public static WordCountContender Regex { get; } = new(
        "Regex \\w+", "compiled \\w+ EnumerateMatches, ToLowerInvariant into a buffer -> span-keyed Dictionary", () => new RegexCounter());

    private sealed class NewsLensCounter : IWordCounter
    {
        private readonly WordCounter _counter = new();

        public long Tokens => _counter.TokenCount;

        public int Distinct => _counter.Count;

        public void Add(string document) => _counter.Add(document);

        public void Merge(IWordCounter other) => _counter.Merge(((NewsLensCounter)other)._counter);
    }

    /// <summary>Counts spans into a Dictionary&lt;string,int&gt; without allocating for words already seen.</summary>
    private abstract class SpanCounter : IWordCounter
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        protected SpanCounter() => _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();

        public long Tokens { get; private set; }

        public int Distinct => _counts.Count;

        public abstract void Add(string document);

        public void Merge(IWordCounter other)
        {
            foreach (var (word, count) in ((SpanCounter)other)._counts)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_counts, word, out _) += count;
            }

            Tokens += other.Tokens;
        }

        protected void Count(ReadOnlySpan<char> word)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_lookup, word, out _)++;
            Tokens++;
        }
    }

    private sealed class LuceneCounter : SpanCounter
    {
        private readonly Analyzer _analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48, CharArraySet.Empty);

        public override void Add(string document)
        {
            using var stream = _analyzer.GetTokenStream("text", new StringReader(document));
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                Count(term.Buffer.AsSpan(0, term.Length));
            }

            stream.End();
        }
    }

    private sealed partial class RegexCounter : SpanCounter
    {
        private char[] _buffer = new char[256];

        public override void Add(string document)
        {
            var text = document.AsSpan();
            foreach (var match in Word().EnumerateMatches(text))
            {
                if (match.Length > _buffer.Length)
                {
                    _buffer = new char[match.Length * 2];
                }

                var written = text.Slice(match.Index, match.Length).ToLowerInvariant(_buffer);
                Count(_buffer.AsSpan(0, written));
            }
        }

        [GeneratedRegex("\\w+", RegexOptions.CultureInvariant)]
        private static partial Regex Word();
    }
}
