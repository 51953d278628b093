using NewsLens.Stories;

namespace NewsLens.Tests.Cli;

public sealed class StoryCommandTests
{
    private static string OtherStoryCorpus => Path.Combine(AppContext.BaseDirectory, "Data", "OtherStory", "articles.csv");

    [Fact]
    public void Given_a_corpus_When_story_init_runs_Then_it_writes_a_story_and_actor_file_that_load()
    {
        using var folder = new TempFolder();
        var corpus = Path.Combine(folder.Path, "articles.csv");
        File.Copy(OtherStoryCorpus, corpus);

        var (code, output, error) = CliRun.Run("story", "init", corpus);

        Assert.True(code == 0, error);
        Assert.Contains("Jürgen Müller", output, StringComparison.Ordinal);
        Assert.Contains("document variables: date, file, outlet, title, url", output, StringComparison.Ordinal);
        Assert.Contains("1 of 6 articles are case-folded", error, StringComparison.Ordinal);
        var story = Story.Find(corpus)!;
        Assert.False(story.IsBuiltIn);
        Assert.Equal(Path.Combine(folder.Path, "actors.json"), story.ActorsPath);
        Assert.True(story.LoadActors().Count >= 5);
    }

    [Fact]
    public void Given_a_corpus_over_the_sample_bound_When_story_init_runs_Then_it_drafts_from_the_seeded_sample_and_says_so()
    {
        using var folder = new TempFolder();
        var corpus = GeneratedNewsCorpus.Write(Path.Combine(folder.Path, "corpus"), articles: 300, articlesPerPart: 40);

        var (code, output, error) = CliRun.Run("story", "init", corpus, "--max-articles", "60");

        Assert.True(code == 0, error);
        Assert.Contains("seeded sample of 60 of the corpus's 300 articles", output, StringComparison.Ordinal);
        Assert.Contains("60 articles;", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(corpus, "story.json")));
    }

    [Fact]
    public void Given_a_negative_sample_bound_When_story_init_runs_Then_it_fails_naming_the_option()
    {
        var (code, _, error) = CliRun.Run("story", "init", OtherStoryCorpus, "--max-articles", "-1");

        Assert.Equal(1, code);
        Assert.Contains("--max-articles must be 0 or more", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_existing_story_When_story_init_runs_without_force_Then_it_refuses_and_names_the_file()
    {
        using var folder = new TempFolder();
        var corpus = Path.Combine(folder.Path, "articles.csv");
        File.Copy(OtherStoryCorpus, corpus);
        var existing = folder.Write("story.json", "{}");

        var (code, _, error) = CliRun.Run("story", "init", corpus);

        Assert.Equal(1, code);
        Assert.Contains(existing, error, StringComparison.Ordinal);
        Assert.Equal("{}", File.ReadAllText(existing));
    }

    [Fact]
    public void Given_an_out_file_When_story_init_runs_Then_the_actors_go_next_to_it()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "drafts", "harbour.json");

        var (code, _, error) = CliRun.Run("story", "init", OtherStoryCorpus, "--out", target);

        Assert.True(code == 0, error);
        Assert.Equal("articles", Story.Load(target).Name);
        Assert.True(File.Exists(Path.Combine(folder.Path, "drafts", "actors.json")));
    }

    [Fact]
    public void Given_a_corpus_without_a_story_When_mentions_run_Then_actors_are_proposed_from_the_corpus_and_the_seed_dictionary_is_not_used()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Officials from Russia met Anna Berg in the capital on Monday. Anna Berg said little.");

        var (code, output, error) = CliRun.Run("mentions", folder.Path);

        Assert.True(code == 0, error);
        Assert.Contains("dictionary: actors proposed from the corpus (no story.json)", output, StringComparison.Ordinal);
        Assert.Contains("anna_berg", output, StringComparison.Ordinal);
        Assert.DoesNotContain("russia", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Story.DraftedNote, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_other_story_corpus_When_mentions_run_Then_its_own_story_next_to_it_gives_the_actors()
    {
        var (code, output, error) = CliRun.Run("mentions", OtherStoryCorpus, "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains("Harbour Ledger,dock_workers_union,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_story_option_When_mentions_run_Then_that_story_gives_the_actors()
    {
        var story = Path.Combine(AppContext.BaseDirectory, "Data", "OtherStory", "story.json");
        using var folder = new TempFolder();
        folder.Write("a.txt", "Marta Kowalczyk met Jürgen Müller. Kowalczyk said a pay deal was close.");

        var (code, output, error) = CliRun.Run("mentions", folder.Path, "--story", story, "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains(",marta_kowalczyk,person,2,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_story_file_When_compare_runs_Then_it_fails_naming_the_file()
    {
        var (code, _, error) = CliRun.Run("compare", OtherStoryCorpus, "--show", "framing", "--story", "/nonexistent/story.json");

        Assert.Equal(1, code);
        Assert.Contains("/nonexistent/story.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_other_story_with_a_framing_file_When_compare_shows_framing_Then_the_story_next_to_the_corpus_gives_the_groups()
    {
        var (code, output, error) = CliRun.Run("compare", OtherStoryCorpus, "--show", "framing", "--format", "csv");

        Assert.True(code == 0, error);
        Assert.Contains("The stoppage", output, StringComparison.Ordinal);
        Assert.Contains("collective agreement", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Turkey", output, StringComparison.Ordinal);
    }
}
