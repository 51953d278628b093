using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NewsLens.Comparison;
using NewsLens.Mentions;

namespace NewsLens.Pipeline;

/// <summary>What <c>newslens analyze</c> computes and how it groups.</summary>
public sealed record CorpusAnalysisOptions
{
    /// <summary>The grouping of the aggregates and keyness (see <see cref="Corpora.DocumentGrouping"/>): outlet, month, week, date, any variable.</summary>
    public string By { get; init; } = Corpora.DocumentVariables.Outlet;

    /// <summary>Keyness keeps this many over-used words per group.</summary>
    public int Top { get; init; } = 25;

    public KeynessOptions Keyness { get; init; } = KeynessOptions.Default;
}

/// <summary>
/// <c>newslens analyze</c> and <c>newslens merge</c>: the streaming analysis written as columnar files (CSV and Parquet
/// side by side). Per-article tables (articles, mentions, sentences) are map-only: each row carries the article's
/// position (part, row), so shards' rows interleave back into corpus order. Aggregates (groups, group_actors,
/// group_words) are sums, so shards add up; keyness is computed from the summed word counts. A merge of all shards of a
/// corpus therefore writes the same CSV bytes as one run over the whole corpus.
/// </summary>
public static class CorpusAnalysis
{
    public const string ManifestName = "manifest.json";

    /// <summary>
    /// The manifest's run setting naming the story whose actors the run counted: <see cref="Stories.Story.FileName"/>
    /// for a story drafted from the corpus and written into the output folder, else the full path of the story file.
    /// </summary>
    public const string StorySetting = "story";

    public static TableSchema Articles { get; } = TableSchema.Of(
        "articles",
        ("part", ColumnKind.Integer), ("row", ColumnKind.Integer), ("id", ColumnKind.Text), ("source", ColumnKind.Text),
        ("outlet", ColumnKind.Text), ("date", ColumnKind.Text), ("title", ColumnKind.Text), ("group", ColumnKind.Text),
        ("tokens", ColumnKind.Integer), ("sentences", ColumnKind.Integer), ("mentions", ColumnKind.Integer),
        ("compound_mean", ColumnKind.Real));

    public static TableSchema Mentions { get; } = TableSchema.Of(
        "mentions",
        ("part", ColumnKind.Integer), ("row", ColumnKind.Integer), ("article_id", ColumnKind.Text), ("actor", ColumnKind.Text),
        ("kind", ColumnKind.Text), ("via", ColumnKind.Text), ("form", ColumnKind.Text), ("text", ColumnKind.Text),
        ("start", ColumnKind.Integer), ("end", ColumnKind.Integer), ("sentence", ColumnKind.Integer),
        ("counted", ColumnKind.Integer), ("rule", ColumnKind.Text), ("file_start", ColumnKind.Integer), ("file_end", ColumnKind.Integer));

    public static TableSchema Sentences { get; } = TableSchema.Of(
        "sentences",
        ("part", ColumnKind.Integer), ("row", ColumnKind.Integer), ("article_id", ColumnKind.Text), ("sentence", ColumnKind.Integer),
        ("start", ColumnKind.Integer), ("end", ColumnKind.Integer), ("compound", ColumnKind.Real), ("positive", ColumnKind.Real),
        ("negative", ColumnKind.Real), ("neutral", ColumnKind.Real), ("label", ColumnKind.Text), ("about_target", ColumnKind.Integer),
        ("target", ColumnKind.Text), ("stance", ColumnKind.Real), ("stance_label", ColumnKind.Text), ("hedging", ColumnKind.Real),
        ("speaker", ColumnKind.Text));

    public static TableSchema Groups { get; } = TableSchema.Of(
        "groups",
        ("group", ColumnKind.Text), ("articles", ColumnKind.Integer), ("words", ColumnKind.Integer), ("sentences", ColumnKind.Integer),
        ("mentions", ColumnKind.Integer), ("direct_mentions", ColumnKind.Integer), ("compound_sum_e4", ColumnKind.Integer),
        ("compound_mean", ColumnKind.Real));

    public static TableSchema GroupActors { get; } = TableSchema.Of(
        "group_actors", ("group", ColumnKind.Text), ("actor", ColumnKind.Text), ("mentions", ColumnKind.Integer), ("direct_mentions", ColumnKind.Integer));

    public static TableSchema GroupWords { get; } = TableSchema.Of(
        "group_words", ("group", ColumnKind.Text), ("word", ColumnKind.Text), ("count", ColumnKind.Integer));

    public static TableSchema Keyness { get; } = TableSchema.Of(
        "keyness",
        ("group", ColumnKind.Text), ("rank", ColumnKind.Integer), ("feature", ColumnKind.Text), ("target_count", ColumnKind.Integer),
        ("reference_count", ColumnKind.Integer), ("target_total", ColumnKind.Integer), ("reference_total", ColumnKind.Integer),
        ("g2", ColumnKind.Real), ("logodds_z", ColumnKind.Real), ("p_value", ColumnKind.Real));

    /// <summary>The per-article tables, in corpus order (by part, then row).</summary>
    public static ImmutableArray<TableSchema> PerArticle { get; } = [Articles, Mentions, Sentences];

    /// <summary>The analysis stages of a run: group counts (kept in memory) and, when <paramref name="outFolder"/> is given, the per-article row writer.</summary>
    public static (IReadOnlyList<IAnalysisStage> Stages, Func<MergeableAggregates> Aggregates, Func<IReadOnlyDictionary<string, long>> RowsWritten) Stages(CorpusAnalysisOptions options, string? outFolder)
    {
        GroupCounter? counter = null;
        RowWriters? writers = null;
        var stages = new List<IAnalysisStage>
        {
            new AnalysisStage<GroupCounter>(
                $"counts by {options.By} (words, mentions, sentiment)",
                () => counter = new GroupCounter(options.By),
                (c, b) => c.Add(b),
                c => $"{c.Groups:N0} groups"),
        };
        if (outFolder is not null)
        {
            stages.Add(new AnalysisStage<RowWriters>("per-article rows (CSV + Parquet)", () => writers = new RowWriters(outFolder, options.By), (w, b) => w.Add(b), w => w.Finish(), Ordered: true));
        }

        return (stages, () => counter?.ToAggregates() ?? new MergeableAggregates(), () => writers?.Rows ?? new Dictionary<string, long>());
    }

    /// <summary>Writes the aggregate tables and keyness of <paramref name="aggregates"/>, then the manifest.</summary>
    public static void WriteAggregates(string outFolder, MergeableAggregates aggregates, CorpusAnalysisOptions options, IReadOnlyDictionary<string, string> run, IReadOnlyDictionary<string, long> perArticleRows)
    {
        var rows = new Dictionary<string, long>(perArticleRows, StringComparer.Ordinal);

        // Scoring keyness only reads the word tables, so it runs on another core while they are written.
        var scoring = Task.Run(() => aggregates.Keyness(options.Top, options.Keyness));
        using (var groups = new TableWriter(outFolder, Groups))
        {
            foreach (var g in aggregates.Totals)
            {
                groups.Add(g.Group, g.Articles, g.Words, g.Sentences, g.Mentions, g.DirectMentions, g.CompoundSumE4, g.CompoundMean);
            }

            rows[Groups.Name] = groups.Rows;
        }

        using (var actors = new TableWriter(outFolder, GroupActors))
        {
            foreach (var (group, actor, mentions, direct) in aggregates.Actors)
            {
                actors.Add(group, actor, mentions, direct);
            }

            rows[GroupActors.Name] = actors.Rows;
        }

        using (var words = new TableWriter(outFolder, GroupWords))
        {
            foreach (var (group, word, count) in aggregates.Words)
            {
                words.Add(group, word, count);
            }

            rows[GroupWords.Name] = words.Rows;
        }

        using (var keyness = new TableWriter(outFolder, Keyness))
        {
            var rank = 0;
            var previous = "";
            foreach (var s in scoring.GetAwaiter().GetResult())
            {
                rank = s.Group == previous ? rank + 1 : 1;
                previous = s.Group;
                keyness.Add(s.Group, rank, s.Feature, s.TargetCount, s.ReferenceCount, s.TargetTotal, s.ReferenceTotal, s.G2, s.LogOdds.Z, s.PValue);
            }

            rows[Keyness.Name] = keyness.Rows;
        }

        WriteManifest(outFolder, rows, run);
    }

    /// <summary>Reads the aggregate tables of analyze output folders and adds them up.</summary>
    public static MergeableAggregates ReadAggregates(IEnumerable<string> folders)
    {
        var aggregates = new MergeableAggregates();
        foreach (var folder in folders)
        {
            foreach (var r in TableReader.Rows(folder, Groups))
            {
                aggregates.AddTotals(new GroupTotals(r[0].Text!, r[1].Integer, r[2].Integer, r[3].Integer, r[4].Integer, r[5].Integer, r[6].Integer));
            }

            foreach (var r in TableReader.Rows(folder, GroupActors))
            {
                aggregates.AddActor(r[0].Text!, r[1].Text!, r[2].Integer, r[3].Integer);
            }

            foreach (var r in TableReader.Rows(folder, GroupWords))
            {
                aggregates.AddWord(r[0].Text!, r[1].Text!, checked((int)r[2].Integer));
            }
        }

        return aggregates;
    }

    /// <summary>
    /// <c>newslens merge</c>: interleaves the per-article tables of every input by article position (each input is
    /// already in order, so this is a k-way merge holding one row per input) and adds up the aggregates.
    /// </summary>
    public static void Merge(IReadOnlyList<string> inputs, string outFolder)
    {
        var settings = inputs.Select(ReadManifestRun).ToList();
        var by = settings.Select(s => s.GetValueOrDefault("by", "")).Distinct(StringComparer.Ordinal).ToList();
        var top = settings.Select(s => s.GetValueOrDefault("top", "")).Distinct(StringComparer.Ordinal).ToList();
        if (by.Count != 1 || top.Count != 1)
        {
            throw new InvalidDataException($"the inputs were analysed with different settings (by: {string.Join(", ", by)}; top: {string.Join(", ", top)}); merge needs one.");
        }

        var story = MergeStory(inputs, settings, outFolder);
        var perArticleRows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var schema in PerArticle)
        {
            using var writer = new TableWriter(outFolder, schema);
            var readers = inputs.Select(i => TableReader.Rows(i, schema).GetEnumerator()).ToList();
            try
            {
                var heads = new PriorityQueue<int, (long Part, long Row, int Input)>();
                for (var i = 0; i < readers.Count; i++)
                {
                    if (readers[i].MoveNext())
                    {
                        heads.Enqueue(i, KeyOf(readers[i].Current, i));
                    }
                }

                while (heads.TryDequeue(out var input, out _))
                {
                    writer.Add(readers[input].Current);
                    if (readers[input].MoveNext())
                    {
                        heads.Enqueue(input, KeyOf(readers[input].Current, input));
                    }
                }
            }
            finally
            {
                readers.ForEach(r => r.Dispose());
            }

            perArticleRows[schema.Name] = writer.Rows;
        }

        var options = new CorpusAnalysisOptions { By = by[0], Top = int.Parse(top[0], CultureInfo.InvariantCulture) };
        var run = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["by"] = options.By,
            ["top"] = top[0],
            ["merged_from"] = inputs.Count.ToString(CultureInfo.InvariantCulture),
        };
        if (story is not null)
        {
            run[StorySetting] = story;
        }

        WriteAggregates(outFolder, ReadAggregates(inputs), options, run, perArticleRows);
    }

    /// <summary>
    /// The full path of the story file an analyze folder recorded (<see cref="StorySetting"/>), or null when it
    /// recorded none (an older folder, or a run given --actors).
    /// </summary>
    public static string? RecordedStory(string folder)
    {
        var run = ReadManifestRun(folder);
        return run.TryGetValue(StorySetting, out var story) && story.Length > 0 ? Path.GetFullPath(Path.Combine(folder, story)) : null;
    }

    /// <summary>
    /// The story setting of a merge: the inputs must agree on it (a drafted story's files must be the same bytes in every
    /// input; they are copied to <paramref name="outFolder"/>). Null when no input recorded one.
    /// </summary>
    private static string? MergeStory(IReadOnlyList<string> inputs, List<Dictionary<string, string>> settings, string outFolder)
    {
        var stories = settings.Select(s => s.GetValueOrDefault(StorySetting, "")).Distinct(StringComparer.Ordinal).ToList();
        if (stories.Count != 1)
        {
            throw new InvalidDataException($"the inputs counted the actors of different stories ({string.Join(", ", stories.Select(s => s.Length == 0 ? "none recorded" : s))}); merge needs one.");
        }

        var story = stories[0];
        if (story.Length == 0 || Path.IsPathRooted(story))
        {
            return story.Length == 0 ? null : story;
        }

        Directory.CreateDirectory(outFolder);
        foreach (var file in new[] { story, Stories.StoryDraft.ActorsFileName })
        {
            var contents = inputs.Select(i => File.ReadAllBytes(Path.Combine(i, file))).ToList();
            if (contents.Any(c => !c.AsSpan().SequenceEqual(contents[0])))
            {
                throw new InvalidDataException($"the inputs drafted different stories ({file} differs); analyze every shard of the same corpus files, or pass --story.");
            }

            File.WriteAllBytes(Path.Combine(outFolder, file), contents[0]);
        }

        return story;
    }

    private static (long Part, long Row, int Input) KeyOf(Cell[] row, int input) => (row[0].Integer, row[1].Integer, input);

    private static void WriteManifest(string folder, Dictionary<string, long> rows, IReadOnlyDictionary<string, string> run)
    {
        var manifest = new
        {
            format = "newslens-analysis/1",
            run = run.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value),
            tables = rows.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new
            {
                name = p.Key,
                kind = PerArticle.Any(s => s.Name == p.Key) ? "per-article" : p.Key == Keyness.Name ? "derived" : "aggregate",
                rows = p.Value,
                csv = p.Key + ".csv",
                parquet = p.Key + ".parquet",
            }),
        };
        File.WriteAllText(Path.Combine(folder, ManifestName), JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private static Dictionary<string, string> ReadManifestRun(string folder)
    {
        var path = Path.Combine(folder, ManifestName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: missing; is {folder} the output of newslens analyze?", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("run").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
    }

    /// <summary>Writes the per-article rows of each batch, in corpus order.</summary>
    private sealed class RowWriters(string folder, string by)
    {
        private readonly TableWriter _articles = new(folder, Articles);
        private readonly TableWriter _mentions = new(folder, Mentions);
        private readonly TableWriter _sentences = new(folder, Sentences);

        /// <summary>The stance columns of a sentence not about the target (about_target = 0): empty texts and zeros.</summary>
        private static readonly StanceScore NotAbout = new("", 0, "", 0, "");

        public void Add(AnalysisBatch batch)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var article = batch.Corpus.Articles[i];
                var a = article.Article;
                var (part, row) = batch.Positions[i];
                var findings = batch.Findings.IsDefaultOrEmpty ? ArticleFindings.None : batch.Findings[i];
                long compoundE4 = 0;
                for (var s = 0; s < findings.Sentences.Length; s++)
                {
                    var sentiment = findings.Sentences[s];
                    var sentence = article.Sentences[s];
                    compoundE4 += GroupTotals.ToE4(sentiment.Compound);
                    var stance = sentiment.Stance ?? NotAbout;
                    _sentences.Add(
                        part, row, a.Id, s, sentence.Start, sentence.End, sentiment.Compound, sentiment.Positive, sentiment.Negative, sentiment.Neutral, sentiment.Label,
                        sentiment.Stance is null ? 0 : 1, stance.Target, stance.Stance, stance.Label, stance.Hedging, stance.Speaker);
                }

                var counted = 0;
                foreach (var m in findings.Mentions)
                {
                    var (fileStart, fileEnd) = a.ToSource(m.Start, m.End);
                    _mentions.Add(part, row, a.Id, m.ActorKey, m.Kind.Label(), m.Via ?? "", m.Form, m.MatchedText, m.Start, m.End, m.Sentence, m.Counted ? 1 : 0, m.Rule, fileStart, fileEnd);
                    counted += m.Counted ? 1 : 0;
                }

                var mean = findings.Sentences.IsEmpty ? 0 : Math.Round(compoundE4 / 1e4 / findings.Sentences.Length, 4);
                _articles.Add(part, row, a.Id, a.Source, a.Outlet, a.Date, a.Title, Corpora.DocumentGrouping.GroupOf(a, by), article.Tokens.Length, article.Sentences.Length, counted, mean);
            }
        }

        public IReadOnlyDictionary<string, long> Rows => new Dictionary<string, long>(StringComparer.Ordinal)
        {
            [Articles.Name] = _articles.Rows,
            [Mentions.Name] = _mentions.Rows,
            [Sentences.Name] = _sentences.Rows,
        };

        public string Finish()
        {
            var summary = $"{_articles.Rows:N0} articles, {_mentions.Rows:N0} mentions, {_sentences.Rows:N0} sentences written";
            _articles.Dispose();
            _mentions.Dispose();
            _sentences.Dispose();
            return summary;
        }
    }

    /// <summary>
    /// The default analyzer: the actor dictionary's mentions, general sentence sentiment and, with
    /// <paramref name="stance"/> (built on the same <paramref name="actors"/>), stance toward the target.
    /// </summary>
    public static ArticleAnalyzer DefaultAnalyzer(ActorDictionary actors, Sentiment.SentimentAnalyzer? stance = null) =>
        new(new MentionMatcher(actors), new Sentiment.SentimentScorer(), stance);
}
