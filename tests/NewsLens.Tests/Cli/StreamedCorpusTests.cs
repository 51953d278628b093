using System.CommandLine;
using NewsLens.Cli.Commands;
using NewsLens.Corpora;
using NewsLens.Pipeline;

namespace NewsLens.Tests.Cli;

/// <summary>The streamed commands (corpus, mentions, sentiment, compare): progress goes to stderr only, and --quiet is accepted.</summary>
public sealed class StreamedCorpusTests
{
    [Theory]
    [InlineData("corpus")]
    [InlineData("mentions")]
    [InlineData("sentiment")]
    [InlineData("compare")]
    public void Given_a_streamed_command_When_run_with_and_without_quiet_Then_standard_output_is_the_same(string command)
    {
        var loud = CliRun.Run(command, TestCorpora.Seeds, "--format", "csv");
        var quiet = CliRun.Run(command, TestCorpora.Seeds, "--format", "csv", "--quiet");

        Assert.True(loud.Code == 0 && quiet.Code == 0, loud.Error + quiet.Error);
        Assert.Equal(loud.Output, quiet.Output);
        Assert.DoesNotContain("articles/s", quiet.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_corpus_larger_than_the_report_sample_When_a_story_would_be_drafted_Then_it_is_drafted_from_the_seeded_sample()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.jsonl", string.Concat(Enumerable.Range(0, CorpusSample.DefaultMaxArticles + 150).Select(i =>
            $"{{\"id\":\"a{i}\",\"text\":\"Talks number {i} resumed in Moscow with Lavrov.\"}}\n")));
        var corpus = Open(path);

        var drafting = corpus.DraftingSample();

        Assert.Equal(CorpusSample.DefaultMaxArticles + 150, corpus.Sample().Count);
        Assert.Equal(CorpusSample.Of(CorpusReader.Read(path)).Corpus.Articles.Select(a => a.Id), drafting.Articles.Select(a => a.Id));
        Assert.Equal(drafting.Corpus.Articles.Select(a => a.Id), drafting.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Given_a_small_corpus_When_a_story_would_be_drafted_Then_the_whole_sample_is_used()
    {
        var corpus = Open(TestCorpora.Seeds);

        Assert.Same(corpus.Sample(), corpus.DraftingSample());
    }

    [Fact]
    public void Given_a_sample_read_before_the_run_When_the_corpus_streams_Then_the_sample_is_released_and_read_again_the_same_when_asked()
    {
        using var folder = new TempFolder();
        var path = GeneratedNewsCorpus.Write(Path.Combine(folder.Path, "corpus"), articles: 120, articlesPerPart: 30);
        var corpus = Open(path);
        var before = corpus.Sample();

        var summary = corpus.Stream(null, _ => { });
        var after = corpus.Sample();

        Assert.Equal(120, summary.Articles);
        Assert.NotSame(before, after);
        Assert.Equal(before.Articles.Select(a => a.Id), after.Articles.Select(a => a.Id));
    }

    private static StreamedCorpus Open(string path)
    {
        var input = CorpusArguments.Create();
        var command = new Command("test");
        input.AddTo(command);
        return StreamedCorpus.Open(input, command.Parse([path]));
    }
}
