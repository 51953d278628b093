using System.Collections.Immutable;
using FsCheck.Xunit;
using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

/// <summary>The summary line of a corpus added part by part is the line of the whole corpus.</summary>
public sealed class CorpusSummaryCounterTests
{
    private static readonly Article[] Articles =
    [
        TestCorpora.Article("Talks resumed in Moscow.", "a"),
        TestCorpora.Article(string.Concat(Enumerable.Repeat("talks resumed in moscow without a capital. ", 20)), "b"),
        TestCorpora.Article(string.Concat(Enumerable.Repeat("TALKS RESUMED IN MOSCOW. ", 20)), "c"),
        TestCorpora.Article("Ankara and Damascus met.", "d"),
    ];

    private static readonly SkippedInput[] Skips =
    [
        new("a.txt", "empty: the file has no bytes"),
        new("b.bin", "binary: NUL bytes"),
        new("c.jsonl:3", "invalid JSON at column 3: unexpected end"),
        new("d.txt", "empty: only whitespace"),
    ];

    private static readonly LoadWarning[] Warnings = [new("d.txt", "read as Windows-1252"), new("e.txt", "mojibake repaired")];

    [Fact]
    public void Given_a_whole_corpus_When_counted_Then_the_line_is_the_corpus_summary()
    {
        var corpus = new Corpus([.. Articles], [.. Skips], [.. Warnings]);

        var line = new CorpusSummaryCounter().Add(corpus).Line();

        Assert.Equal(
            "4 articles loaded, 4 skipped (1 binary, 2 empty, 1 invalid JSON); 2 warnings. 2 articles look case-folded (1 all lower case, 1 all capitals): sentences are split on punctuation alone and names cannot be told by capitals there.",
            line);
        Assert.Equal(corpus.Summary(), line);
    }

    [Fact]
    public void Given_nothing_When_counted_Then_no_articles_are_loaded_and_none_skipped()
    {
        Assert.Equal("0 articles loaded, none skipped.", new CorpusSummaryCounter().Line());
    }

    [Property(MaxTest = 200)]
    public bool Given_any_split_into_parts_When_counted_part_by_part_Then_the_line_is_that_of_the_whole_corpus(int[] picks, int[] cuts)
    {
        var items = (picks ?? []).Take(30).Select(p => (uint)p % 3).ToList();
        var articles = items.Select((kind, i) => kind == 0 ? Articles[i % Articles.Length] : null).ToList();
        var skips = items.Select((kind, i) => kind == 1 ? Skips[i % Skips.Length] : null).ToList();
        var warnings = items.Select((kind, i) => kind == 2 ? Warnings[i % Warnings.Length] : null).ToList();
        var whole = Part(0, items.Count);
        var boundaries = (cuts ?? []).Select(c => (int)((uint)c % (uint)(items.Count + 1))).Append(0).Append(items.Count).Distinct().Order().ToList();

        var counter = new CorpusSummaryCounter();
        foreach (var (from, to) in boundaries.Zip(boundaries.Skip(1)))
        {
            var part = Part(from, to);
            counter.Add(part.Articles, part);
        }

        return counter.Line() == whole.Summary() && counter.Articles == whole.Count;

        Corpus Part(int from, int to) => new(
            [.. articles[from..to].OfType<Article>()],
            [.. skips[from..to].OfType<SkippedInput>()],
            [.. warnings[from..to].OfType<LoadWarning>()]);
    }

    [Fact]
    public void Given_a_part_of_which_a_run_keeps_some_articles_When_counted_Then_only_the_kept_ones_count()
    {
        var part = new Corpus([.. Articles], ImmutableArray<SkippedInput>.Empty, []);

        var line = new CorpusSummaryCounter().Add(Articles.Take(1), part).Line();

        Assert.Equal("1 article loaded, none skipped.", line);
    }
}
