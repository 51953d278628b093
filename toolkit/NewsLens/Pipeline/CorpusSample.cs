using System.Collections.Immutable;
using System.Globalization;
using NewsLens.Corpora;

namespace NewsLens.Pipeline;

/// <summary>
/// A corpus as the report reads it: whole when it has at most <see cref="MaxArticles"/> articles, otherwise a seeded
/// uniform sample of that many. <see cref="Corpus"/> holds the articles analysed (in corpus order); <see cref="Total"/>
/// counts the articles the whole corpus loaded.
/// </summary>
public sealed record SampledCorpus(Corpus Corpus, int Total, int MaxArticles)
{
    public bool IsSample => Corpus.Count < Total;

    /// <summary>One sentence for the page saying what was analysed and how it was chosen; empty when nothing was left out.</summary>
    public string Note => IsSample
        ? string.Create(
            CultureInfo.InvariantCulture,
            $"This page analyses a sample of {Corpus.Count:N0} of the corpus's {Total:N0} articles: the {Corpus.Count:N0} whose id hashes lowest (FNV-1a, seed {CorpusSample.Seed}), a uniform sample that is the same on every run and machine. Counts, tables and charts below are the sample's; `newslens analyze` gives tables of the whole corpus.")
        : "";
}

/// <summary>
/// Reads a corpus for the report with bounded memory: a folder of record files (<see cref="CorpusParts"/>) is read one
/// part at a time on all cores, keeping only the <c>maxArticles</c> articles whose hash is lowest, so what the
/// notebooks analyse and show does not grow with the corpus. A hash of the article's id and source picks them: the
/// sample does not depend on file order or thread timing, and a corpus that grows keeps the articles already sampled
/// unless a new one hashes lower.
/// </summary>
public static class CorpusSample
{
    public const ulong Seed = 2023;

    /// <summary>The default bound: enough articles for stable group means, few enough that each notebook runs in seconds.</summary>
    public const int DefaultMaxArticles = 2000;

    /// <summary>The corpus at <paramref name="path"/>, whole or as a sample of <paramref name="maxArticles"/> articles (0 or less: every article).</summary>
    public static SampledCorpus Read(string path, CorpusReaderOptions? options = null, int maxArticles = DefaultMaxArticles)
    {
        options ??= CorpusReaderOptions.Default;
        var parts = CorpusParts.Of(path);
        if (maxArticles <= 0 || (parts.Count == 1 && parts[0].Length is null))
        {
            var whole = CorpusReader.Read(path, options);
            return maxArticles <= 0 ? new SampledCorpus(whole, whole.Count, maxArticles) : Of(whole, maxArticles);
        }

        // One heap for the whole corpus, so only the sample and the parts being read are alive (per-part samples would
        // keep every article of a corpus whose parts hold fewer than maxArticles each). The order (hash, part, row) is
        // total, so the same articles are kept whichever thread offers them first.
        var lowest = new LowestKeeper(maxArticles);
        var loaded = new Corpus[parts.Count];
        var totals = new int[parts.Count];
        Parallel.For(0, parts.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var corpus = parts[index].Read(options);
            totals[index] = corpus.Count;
            lowest.Offer(corpus.Articles.Select((a, row) => new Keep(a, HashOf(a), index, row)));
            loaded[index] = corpus with { Articles = [] };
        });

        if (totals.Sum() <= maxArticles)
        {
            // A small corpus is read exactly as CorpusReader reads it (the same names, and any .txt articles beside the record files).
            var whole = CorpusReader.Read(path, options);
            return new SampledCorpus(whole, whole.Count, maxArticles);
        }

        var sample = lowest.Kept().OrderBy(k => k.Part).ThenBy(k => k.Row).Select(k => k.Article);
        var merged = new Corpus([.. sample], [.. loaded.SelectMany(c => c.Skipped)], [.. loaded.SelectMany(c => c.Warnings)])
        {
            Ignored = [.. loaded.SelectMany(c => c.Ignored)],
        };
        return new SampledCorpus(merged, totals.Sum(), maxArticles);
    }

    /// <summary>
    /// What a notebook analyses: the sample a render drew once and stored at <paramref name="samplePath"/>
    /// (<see cref="SampleFile"/>) when it is given and was drawn from this corpus with this bound and outlet column,
    /// else <see cref="Read"/> of the corpus (a notebook run by hand, with <paramref name="samplePath"/> empty).
    /// </summary>
    public static SampledCorpus Open(string? samplePath, string corpusPath, CorpusReaderOptions? options = null, int maxArticles = DefaultMaxArticles)
    {
        options ??= CorpusReaderOptions.Default;
        return !string.IsNullOrWhiteSpace(samplePath) && SampleFile.Read(samplePath, corpusPath, options, maxArticles) is { } stored
            ? stored
            : Read(corpusPath, options, maxArticles);
    }

    /// <summary>The sample of an already loaded corpus (the same articles <see cref="Read"/> keeps).</summary>
    public static SampledCorpus Of(Corpus corpus, int maxArticles = DefaultMaxArticles)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (maxArticles <= 0 || corpus.Count <= maxArticles)
        {
            return new SampledCorpus(corpus, corpus.Count, maxArticles);
        }

        var lowest = new LowestKeeper(maxArticles);
        lowest.Offer(corpus.Articles.Select((a, row) => new Keep(a, HashOf(a), 0, row)));
        var sample = lowest.Kept().OrderBy(k => k.Row).Select(k => k.Article);
        return new SampledCorpus(corpus with { Articles = [.. sample] }, corpus.Count, maxArticles);
    }

    /// <summary>FNV-1a (64 bit) of the seed, the id and the source: stable across runs, machines and .NET versions.</summary>
    public static ulong HashOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        const ulong prime = 1099511628211;
        var hash = 14695981039346656037 ^ Seed;
        foreach (var text in (ReadOnlySpan<string>)[article.Id, "\u0000", article.Source])
        {
            foreach (var c in text)
            {
                hash = (hash ^ (byte)c) * prime;
                hash = (hash ^ (byte)(c >> 8)) * prime;
            }
        }

        return hash;
    }

    private sealed record Keep(Article Article, ulong Hash, int Part, int Row);

    /// <summary>The <paramref name="count"/> items with the lowest (hash, part, row) of all offered, with a heap of that size; thread-safe.</summary>
    private sealed class LowestKeeper(int count)
    {
        private readonly PriorityQueue<Keep, (ulong Hash, int Part, int Row)> _heap =
            new(Comparer<(ulong Hash, int Part, int Row)>.Create((a, b) => b.CompareTo(a)));

        public void Offer(IEnumerable<Keep> items)
        {
            lock (_heap)
            {
                foreach (var item in items)
                {
                    var key = (item.Hash, item.Part, item.Row);
                    if (_heap.Count < count)
                    {
                        _heap.Enqueue(item, key);
                    }
                    else if (_heap.TryPeek(out _, out var highest) && key.CompareTo(highest) < 0)
                    {
                        _heap.EnqueueDequeue(item, key);
                    }
                }
            }
        }

        public IReadOnlyList<Keep> Kept()
        {
            lock (_heap)
            {
                return [.. _heap.UnorderedItems.Select(i => i.Element)];
            }
        }
    }
}
