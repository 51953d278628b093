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

/// <summary>How every contender stores its counts: the same way for all, so only tokenising differs.</summary>
public enum CountStore
{
    /// <summary>No counting: every folded token is only summed up (its length), to time tokenising and folding alone.</summary>
    None,

    /// <summary>NewsLens's <see cref="SpanCounts"/>: open addressing over a character arena.</summary>
    SpanTable,

    /// <summary>Dictionary&lt;string,int&gt; through GetAlternateLookup&lt;ReadOnlySpan&lt;char&gt;&gt;.</summary>
    Dictionary,
}

public static class WordCountContenders
{
    public static IReadOnlyList<WordCountContender> All(CountStore store, bool lucene)
    {
        var storeName = store switch
        {
            CountStore.SpanTable => "SpanCounts",
            CountStore.Dictionary => "Dictionary<string,int> alternate lookup",
            _ => "no counting (token lengths summed)",
        };
        List<WordCountContender> contenders =
        [
            new("NewsLens", $"Tokenizer.Enumerate + TextFolding.TryFold, word and number tokens -> {storeName}",
                store == CountStore.SpanTable ? () => new NewsLensCounter() : () => new NewsLensSpanCounter(store)),
            new("Regex \\w+", $"compiled \\w+ (one per counter) EnumerateMatches, ToLowerInvariant into a buffer -> {storeName}", () => new RegexCounter(store)),
        ];
        if (lucene)
        {
            contenders.Insert(1, new(LuceneName, $"StandardAnalyzer(LUCENE_48, no stop words), term buffer span -> {storeName}", () => new LuceneCounter(store)));
        }

        return contenders;
    }

    public const string LuceneName = "Lucene.NET";

    private sealed class NewsLensCounter : IWordCounter
    {
        private readonly WordCounter _counter = new();

        public long Tokens => _counter.TokenCount;

        public int Distinct => _counter.Count;

        public void Add(string document) => _counter.Add(document);

        public void Merge(IWordCounter other) => _counter.Merge(((NewsLensCounter)other)._counter);
    }

    /// <summary>Counts spans into the chosen store without allocating for words already seen.</summary>
    private abstract class SpanCounter(CountStore store) : IWordCounter
    {
        private readonly SpanCounts _table = new();
        private readonly Dictionary<string, int> _dictionary = new(StringComparer.Ordinal);
        private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public long Tokens { get; private set; }

        public int Distinct => store switch
        {
            CountStore.SpanTable => _table.Count,
            CountStore.Dictionary => _dictionary.Count,
            _ => 0,
        };

        /// <summary>With <see cref="CountStore.None"/>: the summed token lengths, so the tokens are really produced.</summary>
        public long Characters { get; private set; }

        public abstract void Add(string document);

        public void Merge(IWordCounter other)
        {
            var that = (SpanCounter)other;
            Characters += that.Characters;
            if (store == CountStore.SpanTable)
            {
                _table.Merge(that._table);
            }
            else if (store == CountStore.Dictionary)
            {
                foreach (var (word, count) in that._dictionary)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(_dictionary, word, out _) += count;
                }
            }

            Tokens += other.Tokens;
        }

        protected void Count(ReadOnlySpan<char> word)
        {
            if (store == CountStore.SpanTable)
            {
                _table.Add(word);
            }
            else if (store == CountStore.None)
            {
                Characters += word.Length;
            }
            else
            {
                if (_lookup.Dictionary is null)
                {
                    _lookup = _dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
                }

                CollectionsMarshal.GetValueRefOrAddDefault(_lookup, word, out _)++;
            }

            Tokens++;
        }
    }

    private sealed class NewsLensSpanCounter(CountStore store) : SpanCounter(store)
    {
        public override void Add(string document)
        {
            Span<char> buffer = stackalloc char[256];
            var text = document.AsSpan();
            foreach (var token in NewsLens.Text.Tokenizer.Enumerate(text))
            {
                if (token.IsWordLike)
                {
                    Count(TextFolding.FoldInto(text.Slice(token.Start, token.Length), buffer));
                }
            }
        }
    }

    private sealed class LuceneCounter(CountStore store) : SpanCounter(store)
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

    /// <summary>
    /// Each counter compiles its own regex: a Regex instance keeps one matching engine for reuse, so threads sharing the
    /// source-generated singleton would each build a new engine per document.
    /// </summary>
    private sealed class RegexCounter(CountStore store) : SpanCounter(store)
    {
        private readonly Regex _word = new("\\w+", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        private char[] _buffer = new char[256];

        public override void Add(string document)
        {
            var text = document.AsSpan();
            foreach (var match in _word.EnumerateMatches(text))
            {
                if (match.Length > _buffer.Length)
                {
                    _buffer = new char[match.Length * 2];
                }

                var written = text.Slice(match.Index, match.Length).ToLowerInvariant(_buffer);
                Count(_buffer.AsSpan(0, written));
            }
        }
    }
}
