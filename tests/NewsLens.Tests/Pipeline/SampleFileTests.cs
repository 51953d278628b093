using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsLens.Corpora;
using NewsLens.Pipeline;

namespace NewsLens.Tests.Pipeline;

/// <summary>The sample a render draws once and every notebook loads: stored and loaded back unchanged.</summary>
public sealed class SampleFileTests
{
    [Fact]
    public void Given_a_sample_of_a_corpus_with_cleaning_and_source_maps_When_written_and_read_Then_every_article_and_load_note_is_the_same()
    {
        using var folder = new TempFolder();
        var corpus = GeneratedNewsCorpus.Write(Path.Combine(folder.Path, "corpus"), articles: 300, articlesPerPart: 70);
        File.WriteAllText(Path.Combine(corpus, "broken.jsonl"), "{not json\n");
        var sample = CorpusSample.Read(corpus, maxArticles: 40);
        var file = Path.Combine(folder.Path, "work", "sample.jsonl");

        SampleFile.Write(file, sample, corpus, CorpusReaderOptions.Default);
        var loaded = SampleFile.Read(file, corpus, CorpusReaderOptions.Default, 40);

        Assert.NotNull(loaded);
        AssertSame(sample, loaded);
        Assert.True(sample.IsSample);
    }

    [Fact]
    public void Given_articles_whose_cleaning_removed_text_and_changed_line_ends_When_written_and_read_Then_removals_and_source_maps_survive()
    {
        using var folder = new TempFolder();
        var corpus = Directory.CreateDirectory(Path.Combine(folder.Path, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "a.txt"), "Harbor talks resume\r\n\r\nThe council met on Monday.\r\nBy John Smith\r\nLeave a Reply\r\nYour email address will not be published.\r\n");
        File.WriteAllText(Path.Combine(corpus, "b.txt"), "Ferry plan\r\n\r\n<script>var x = 1;</script>\r\nThe mayor praised the plan, e\u0301te\u0301.\r\n");
        var sample = CorpusSample.Of(CorpusReader.Read(corpus), maxArticles: 3);
        var file = Path.Combine(folder.Path, "sample.jsonl");

        SampleFile.Write(file, sample, corpus, CorpusReaderOptions.Default);

        var loaded = SampleFile.Read(file, corpus, CorpusReaderOptions.Default, 3)!;
        AssertSame(sample, loaded);
        Assert.Contains(sample.Corpus.Articles, a => !a.Cleaning.Removals.IsEmpty);
        Assert.Contains(sample.Corpus.Articles, a => !a.SourceMap.Equals(SourceMap.Identity(a.Text.Length)));
    }

    [Property(MaxTest = 60)]
    public Property Given_articles_of_any_text_and_variables_When_written_and_read_Then_they_are_unchanged()
    {
        var text = ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get);
        var article =
            from t1 in text
            from t2 in text
            from t3 in text
            select TestCorpora.Article(t1, "id" + t2.Length) with
            {
                RawText = t3 + t1,
                Variables = ImmutableSortedDictionary.CreateRange<string, string>(StringComparer.Ordinal, [new("outlet", t2), new("v:" + t3, t1)]),
                Cleaning = new CleaningAudit([new Removal(0, t3.Length, BoilerplateKind.Repeated, "rule " + t2, t3)]),
            };
        var articles = Gen.ListOf(article);
        return Prop.ForAll(articles.ToArbitrary(), (List<Article> list) =>
        {
            using var folder = new TempFolder();
            var sample = new SampledCorpus(Corpus.FromArticles(list), list.Count + 5, 10);
            var file = Path.Combine(folder.Path, "sample.jsonl");
            SampleFile.Write(file, sample, folder.Path, CorpusReaderOptions.Default);
            AssertSame(sample, SampleFile.Read(file, folder.Path, CorpusReaderOptions.Default, 10)!);
        });
    }

    [Fact]
    public void Given_a_sample_drawn_with_another_bound_outlet_column_or_corpus_When_read_Then_it_is_not_used()
    {
        using var folder = new TempFolder();
        var corpus = GeneratedNewsCorpus.Write(Path.Combine(folder.Path, "corpus"), articles: 100, articlesPerPart: 30);
        var file = Path.Combine(folder.Path, "sample.jsonl");
        SampleFile.Write(file, CorpusSample.Read(corpus, maxArticles: 20), corpus, CorpusReaderOptions.Default);

        Assert.Null(SampleFile.Read(file, corpus, CorpusReaderOptions.Default, 30));
        Assert.Null(SampleFile.Read(file, corpus, new CorpusReaderOptions { OutletFromUrlColumn = "url" }, 20));
        Assert.Null(SampleFile.Read(file, TestCorpora.Seeds, CorpusReaderOptions.Default, 20));
        Assert.Equal(30, CorpusSample.Open(file, corpus, maxArticles: 30).Corpus.Count);
    }

    [Fact]
    public void Given_a_stored_sample_When_opened_Then_the_corpus_is_not_read_again()
    {
        using var folder = new TempFolder();
        var corpus = GeneratedNewsCorpus.Write(Path.Combine(folder.Path, "corpus"), articles: 200, articlesPerPart: 50);
        var file = Path.Combine(folder.Path, "sample.jsonl");
        var drawn = CorpusSample.Read(corpus, maxArticles: 25);
        SampleFile.Write(file, drawn, corpus, CorpusReaderOptions.Default);
        Directory.Delete(corpus, recursive: true);

        var opened = CorpusSample.Open(file, corpus, maxArticles: 25);

        AssertSame(drawn, opened);
        Assert.Throws<CorpusException>(() => CorpusSample.Open("", corpus, maxArticles: 25));
    }

    [Fact]
    public void Given_a_file_that_is_not_a_sample_When_read_Then_it_says_so()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sample.jsonl", "{\"id\": \"a\", \"text\": \"b\"}\n");

        var error = Assert.Throws<FormatException>(() => SampleFile.Read(file, folder.Path, CorpusReaderOptions.Default, 10));

        Assert.Contains("not a newslens-sample/1 file", error.Message, StringComparison.Ordinal);
    }

    private static void AssertSame(SampledCorpus expected, SampledCorpus actual)
    {
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.MaxArticles, actual.MaxArticles);
        Assert.Equal(expected.Corpus.Skipped.ToArray(), actual.Corpus.Skipped.ToArray());
        Assert.Equal(expected.Corpus.Warnings.ToArray(), actual.Corpus.Warnings.ToArray());
        Assert.Equal(expected.Corpus.Ignored.ToArray(), actual.Corpus.Ignored.ToArray());
        Assert.Equal(expected.Corpus.Count, actual.Corpus.Count);
        foreach (var (a, b) in expected.Corpus.Articles.Zip(actual.Corpus.Articles))
        {
            Assert.Equal(a.Id, b.Id);
            Assert.Equal(a.Source, b.Source);
            Assert.Equal(a.RawText, b.RawText);
            Assert.Equal(a.Text, b.Text);
            Assert.Equal(a.Variables, b.Variables);
            Assert.Equal(a.Cleaning.Removals.ToArray(), b.Cleaning.Removals.ToArray());
            Assert.Equal(a.SourceMap, b.SourceMap);
        }
    }
}
