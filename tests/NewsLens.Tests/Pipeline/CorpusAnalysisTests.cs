using NewsLens.Mentions;
using NewsLens.Text;
using NewsLens.Tests.Cli;

namespace NewsLens.Tests.Pipeline;

/// <summary>`newslens analyze` and `newslens merge`, run in-process.</summary>
public sealed class CorpusAnalysisTests
{
    private static readonly string[] Tables = ["articles", "mentions", "sentences", "groups", "group_actors", "group_words", "keyness"];

    [Fact]
    public void Given_a_corpus_When_four_shards_are_analysed_and_merged_Then_every_CSV_equals_the_single_run_byte_for_byte()
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 3);
        var single = Path.Combine(folder.Path, "single");
        Assert.Equal(0, CliRun.Run("analyze", corpus, "--out", single, "--top", "7", "--quiet").Code);
        var shards = Enumerable.Range(1, 4).Select(k => Path.Combine(folder.Path, $"shard-{k}")).ToArray();
        for (var k = 1; k <= 4; k++)
        {
            var run = CliRun.Run("analyze", corpus, "--out", shards[k - 1], "--shard", $"{k}/4", "--top", "7", "--threads", "1", "--quiet");
            Assert.True(run.Code == 0, run.Error);
        }

        var merged = Path.Combine(folder.Path, "merged");
        var merge = CliRun.Run(["merge", .. shards.Reverse(), "--out", merged]);

        Assert.True(merge.Code == 0, merge.Error);
        foreach (var table in Tables)
        {
            var expected = File.ReadAllBytes(Path.Combine(single, table + ".csv"));
            Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(merged, table + ".csv"))), $"{table}.csv differs");
            Assert.True(File.Exists(Path.Combine(merged, table + ".parquet")));
        }

        // The corpus has no story.json: every shard drafted the same story from the same first parts, and the merge keeps it.
        foreach (var file in new[] { "story.json", "actors.json" })
        {
            var expected = File.ReadAllBytes(Path.Combine(single, file));
            Assert.All(shards.Append(merged), f => Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(f, file))), $"{f}/{file} differs"));
        }

        Assert.Equal(Path.Combine(merged, "story.json"), NewsLens.Pipeline.CorpusAnalysis.RecordedStory(merged));
        Assert.True(File.ReadAllLines(Path.Combine(single, "mentions.csv")).Length > 1, "no actor of the drafted story was counted");
        Assert.True(File.ReadAllLines(Path.Combine(single, "sentences.csv")).Length > 100);
    }

    [Fact]
    public void Given_shards_that_drafted_different_stories_When_merged_Then_the_merge_refuses_and_names_the_file()
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 2);
        var shards = Enumerable.Range(1, 2).Select(k => Path.Combine(folder.Path, $"shard-{k}")).ToArray();
        for (var k = 1; k <= 2; k++)
        {
            Assert.Equal(0, CliRun.Run("analyze", corpus, "--out", shards[k - 1], "--shard", $"{k}/2", "--quiet").Code);
        }

        File.AppendAllText(Path.Combine(shards[1], "actors.json"), " ");

        var merge = CliRun.Run(["merge", .. shards, "--out", Path.Combine(folder.Path, "merged")]);

        Assert.Equal(1, merge.Code);
        Assert.Contains("drafted different stories (actors.json differs)", merge.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_one_JSON_Lines_file_read_in_parts_When_four_shards_are_analysed_and_merged_Then_every_CSV_equals_the_single_run_byte_for_byte()
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteSingleFile(folder, "corpus.jsonl", parts: 3);
        var single = Path.Combine(folder.Path, "single");
        Assert.Equal(0, CliRun.Run("analyze", corpus, "--out", single, "--top", "7", "--part-bytes", "6000", "--quiet").Code);
        var shards = Enumerable.Range(1, 4).Select(k => Path.Combine(folder.Path, $"shard-{k}")).ToArray();
        for (var k = 1; k <= 4; k++)
        {
            var run = CliRun.Run("analyze", corpus, "--out", shards[k - 1], "--shard", $"{k}/4", "--top", "7", "--part-bytes", "6000", "--threads", "1", "--quiet");
            Assert.True(run.Code == 0, run.Error);
        }

        var merged = Path.Combine(folder.Path, "merged");
        var merge = CliRun.Run(["merge", .. shards, "--out", merged]);

        Assert.True(merge.Code == 0, merge.Error);
        foreach (var table in Tables)
        {
            var expected = File.ReadAllBytes(Path.Combine(single, table + ".csv"));
            Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(merged, table + ".csv"))), $"{table}.csv differs");
        }

        var partsRead = File.ReadLines(Path.Combine(single, "articles.csv")).Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).Distinct().Count();
        Assert.True(partsRead > 3, $"the file was read in {partsRead} parts");
    }

    [Fact]
    public void Given_the_seeds_When_analysed_twice_Then_the_CSV_files_are_identical_and_the_manifest_lists_every_table()
    {
        using var folder = new TempFolder();
        var first = Path.Combine(folder.Path, "a");
        var second = Path.Combine(folder.Path, "b");

        Assert.Equal(0, CliRun.Run("analyze", TestCorpora.Seeds, "--out", first, "--threads", "2").Code);
        Assert.Equal(0, CliRun.Run("analyze", TestCorpora.Seeds, "--out", second, "--threads", "1").Code);

        foreach (var table in Tables)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(first, table + ".csv")), File.ReadAllText(Path.Combine(second, table + ".csv")));
        }

        var manifest = File.ReadAllText(Path.Combine(first, "manifest.json"));
        Assert.All(Tables, t => Assert.Contains($"\"{t}.parquet\"", manifest, StringComparison.Ordinal));
        Assert.Contains("\"rows\": 295", manifest, StringComparison.Ordinal); // the seeds' 295 mention rows (counted, linked and venues)
    }

    [Fact]
    public void Given_the_seeds_When_analysed_Then_group_totals_count_what_the_mentions_command_counts_and_every_mention_row_keeps_its_rule_and_file_offsets()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");
        var seeds = NewsLens.Corpora.CorpusReader.Read(TestCorpora.Seeds);
        var expected = seeds.Tokenize().CountMentions(NewsLens.Stories.Story.Find(TestCorpora.Seeds)!.LoadActors());

        Assert.Equal(0, CliRun.Run("analyze", TestCorpora.Seeds, "--out", output, "--quiet").Code);

        var groupActors = File.ReadAllLines(Path.Combine(output, "group_actors.csv"));
        var mentionsColumn = Array.IndexOf(groupActors[0].Split(','), "mentions");
        Assert.Equal(expected.Mentions.Count(m => m.Counted), groupActors.Skip(1).Sum(line => long.Parse(line.Split(',')[mentionsColumn], System.Globalization.CultureInfo.InvariantCulture)));
        var mentionRows = File.ReadAllLines(Path.Combine(output, "mentions.csv"));
        Assert.Equal(expected.Mentions.Length, mentionRows.Length - 1);
        Assert.Contains("counted", mentionRows[0].Split(','));
        Assert.Contains("file_start", mentionRows[0].Split(','));
        var byId = seeds.Articles.ToDictionary(a => a.Id);
        foreach (var mention in expected.Mentions)
        {
            var (start, end) = byId[mention.DocumentId].ToSource(mention.Start, mention.End);
            Assert.Contains($",{start},{end}", string.Join("\n", mentionRows), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Given_the_seeds_When_analysed_Then_the_sentences_table_carries_the_stance_that_the_sentiment_analysis_gives_each_sentence_about_the_target()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");
        var story = NewsLens.Stories.Story.Find(TestCorpora.Seeds)!;
        var analysis = new NewsLens.Sentiment.SentimentAnalyzer(stance: story.LoadStanceLexicon(), process: story.Process, actors: story.LoadActors())
            .Analyze(NewsLens.Corpora.CorpusReader.Read(TestCorpora.Seeds).Tokenize());
        var expected = analysis.StanceSentences
            .Select(s => $"{s.ArticleId}#{s.Index} 1 {s.TargetMatch} {s.Stance!.Compound:R} {s.StanceLabel(analysis.Options.StanceThreshold)} {s.Hedging:R} {s.Speaker}")
            .ToList();

        Assert.Equal(0, CliRun.Run("analyze", TestCorpora.Seeds, "--out", output, "--quiet").Code);

        var schema = NewsLens.Pipeline.CorpusAnalysis.Sentences;
        int Column(string name) => schema.Columns.IndexOf(schema.Columns.Single(c => c.Name == name));
        var rows = NewsLens.Pipeline.TableReader.Rows(output, schema).ToList();
        var about = rows.Where(r => r[Column("about_target")].Integer == 1)
            .Select(r => $"{r[Column("article_id")].Text}#{r[Column("sentence")].Integer} 1 {r[Column("target")].Text} {r[Column("stance")].Real:R} {r[Column("stance_label")].Text} {r[Column("hedging")].Real:R} {r[Column("speaker")].Text}")
            .ToList();
        Assert.True(expected.Count > 5, $"{expected.Count} stance sentences");
        Assert.Equal(expected, about);
        Assert.All(rows.Where(r => r[Column("about_target")].Integer == 0), r => Assert.Equal(("", 0.0, ""), (r[Column("target")].Text, r[Column("stance")].Real, r[Column("stance_label")].Text)));
    }

    [Fact]
    public void Given_month_grouping_When_analysed_Then_groups_are_months()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out");

        Assert.Equal(0, CliRun.Run("analyze", TestCorpora.Seeds, "--out", output, "--by", "month", "--quiet").Code);

        var groups = File.ReadAllLines(Path.Combine(output, "groups.csv")).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.All(groups, g => Assert.Matches(@"^(\d{4}-\d{2}|unknown)$", g));
    }

    [Fact]
    public void Given_timings_When_analysed_Then_every_step_and_the_garbage_collection_are_reported_on_stderr()
    {
        using var folder = new TempFolder();

        var run = CliRun.Run("analyze", TestCorpora.Seeds, "--out", Path.Combine(folder.Path, "out"), "--quiet", "--timings");

        Assert.True(run.Code == 0, run.Error);
        Assert.Contains("load + clean (CorpusReader):", run.Error, StringComparison.Ordinal);
        Assert.Contains("aggregate tables and keyness", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"garbage collection \(whole process\): \d+\.\d\d s paused, \d+/\d+/\d+ collections of generations 0/1/2, \d+ forced by the heap budget", run.Error);
        Assert.DoesNotContain("garbage collection", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_bad_arguments_When_analyze_or_merge_runs_Then_one_line_errors_name_the_problem()
    {
        using var folder = new TempFolder();
        var corpus = PipelineCorpus.WriteParts(folder, parts: 1);

        Assert.Contains("K/N", CliRun.Run("analyze", corpus, "--out", Path.Combine(folder.Path, "o"), "--shard", "5/4").Error);
        Assert.Contains("inside the corpus folder", CliRun.Run("analyze", corpus, "--out", Path.Combine(corpus, "out")).Error);
        Assert.Contains("manifest.json", CliRun.Run("merge", folder.Path, "--out", Path.Combine(folder.Path, "m")).Error);
    }
}
