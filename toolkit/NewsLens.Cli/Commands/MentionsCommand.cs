using System.CommandLine;
using NewsLens.Mentions;
using NewsLens.Tables;
using NewsLens.Stories;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>`newslens mentions [PATH] [--actors FILE] [--by outlet|article|VARIABLE]`: who is mentioned, how often, and with whom.</summary>
public static class MentionsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CorpusArguments.Create();
        var format = Output.FormatOption();
        var actors = new Option<string?>("--actors")
        {
            Description = "Actor dictionary (JSON). Default: the one the story names.",
        };
        var story = StoryOption.Create();
        var by = new Option<string>("--by")
        {
            Description = "Group counts by: outlet, article, corpus, or any document variable (manifest column).",
            DefaultValueFactory = _ => "outlet",
        };
        var show = new Option<string>("--show")
        {
            Description = "What to print: counts (per group and actor), co-mentions (actor pairs per sentence), naming (how each actor is written), matches (every mention with offsets), context (KWIC lines); several separated by commas (--show counts,co-mentions: one JSON object keyed by name, or CSV blocks separated by a blank line). Table format always adds co-mentions to counts.",
            DefaultValueFactory = _ => "counts",
        };
        show.Validators.Add(Output.ChoiceListValidator("--show", "counts", "co-mentions", "naming", "matches", "context"));
        var actor = new Option<string?>("--actor") { Description = "Only mentions of this actor (its key in the dictionary)." };
        var directOnly = new Option<bool>("--direct-only") { Description = "Count only direct mentions (aliases); drop demonym, metonym, implied and person-state mentions." };
        var noMetonyms = new Option<bool>("--no-metonyms") { Description = "Do not read capitals (Moscow, Ankara...) as their states." };
        var quiet = ProgressOptions.Quiet();
        var command = new Command("mentions", "Count actor mentions (direct and linked), rates per 1,000 words, document frequency and sentence co-mentions, per outlet or any document variable.")
        {
            actors, by, show, actor, directOnly, noMetonyms, format, story, quiet,
        };
        input.AddTo(command);
        command.SetAction(result =>
        {
            // Streamed (see StreamedCorpus): the story is drafted from a sample when there is no story file; counts,
            // co-mentions and naming are added up batch by batch; matches and context rows are written as batches finish.
            var corpus = StreamedCorpus.Open(input, result, ProgressOptions.Reporter(result.GetValue(quiet), error, "mentions"));
            var dictionary = LoadActors(result.GetValue(actors), result.GetValue(story), corpus.Path, corpus.DraftingSample, error);
            var options = MentionOptions.Default with { Metonyms = !result.GetValue(noMetonyms) };
            var only = result.GetValue(actor);
            if (only is not null && !dictionary.Contains(only))
            {
                throw new CliException($"{dictionary.Source} defines no actor \"{only}\" (keys: {string.Join(", ", dictionary.Actors.Select(a => a.Key))}).");
            }

            var directOnlyMentions = result.GetValue(directOnly);
            bool Keep(Mention m) => (!directOnlyMentions || m.IsDirect) && (only is null || string.Equals(m.ActorKey, only, StringComparison.OrdinalIgnoreCase));

            var variable = corpus.RequireGrouping(result.GetValue(by) ?? "outlet");
            var selected = result.GetValue(format);
            var shown = result.GetValue(show)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToArray();
            var tally = new MentionTally(dictionary, variable);
            var matcher = new MentionMatcher(dictionary, options);

            // A row view alone in csv/json streams its rows; with other views (or as a table) its rows are collected.
            var streamed = shown.Length == 1 && shown[0] is "matches" or "context" && selected != OutputFormat.Table ? new RowStream(selected, output) : null;
            var collected = new Dictionary<string, List<ResultTable>>(StringComparer.Ordinal) { ["matches"] = [], ["context"] = [] };
            var mentionCount = 0;
            var directCount = 0;
            var summary = corpus.Stream(new Pipeline.ArticleAnalyzer(matcher, null), batch =>
            {
                var kept = new List<Mention>();
                for (var i = 0; i < batch.Count; i++)
                {
                    var mentions = batch.Findings[i].Mentions.Where(Keep).ToList();
                    tally.Add(batch.Corpus.Articles[i], mentions);
                    kept.AddRange(mentions);
                }

                mentionCount += kept.Count;
                directCount += kept.Count(m => m.IsDirect);
                var rows = new MentionResult(batch.Corpus, dictionary, matcher.Options, [.. kept]);
                foreach (var view in shown.Where(v => v is "matches" or "context"))
                {
                    var table = view == "matches" ? rows.MentionsTable() : MentionResult.ContextTable(rows.InContext(variable: variable));
                    if (streamed is not null)
                    {
                        streamed.Add(table);
                    }
                    else
                    {
                        collected[view].Add(table);
                    }
                }
            });

            if (streamed is not null)
            {
                streamed.Finish(shown[0] == "matches" ? EmptyResult(dictionary).MentionsTable() : MentionResult.ContextTable([]));
                error.WriteLine(summary.Line());
                return 0;
            }

            var counts = tally.ToCounts();
            var tables = new List<(string Name, ResultTable Table, string Title)>();
            foreach (var what in shown)
            {
                tables.Add(what switch
                {
                    "co-mentions" => (what, counts.CoMentionTable(displayNames: false), $"Actors named in the same sentence, by {variable}"),
                    "naming" => (what, MentionResult.NamingTable(tally.ToNaming()), $"How actors are written, by {variable}"),
                    "matches" => (what, Concatenate(collected[what], EmptyResult(dictionary).MentionsTable()), "Mentions"),
                    "context" => (what, Concatenate(collected[what], MentionResult.ContextTable([])), "Mentions in context"),
                    _ => (what, counts.ToTable(), $"Mentions by {variable} (direct = own aliases; linked = demonyms, metonyms, implied, person-state)"),
                });
            }

            if (selected == OutputFormat.Table && shown is ["counts"])
            {
                tables.Add(("co-mentions", counts.CoMentionTable(displayNames: false), "Actors named in the same sentence"));
            }

            Output.WriteAll(tables, selected, output);
            if (selected == OutputFormat.Table && shown.Contains("counts"))
            {
                var articles = summary.Articles;
                output.WriteLine($"{mentionCount} mentions ({directCount} direct) of {counts.Actors.Length} actor{(counts.Actors.Length == 1 ? "" : "s")} in {articles} article{(articles == 1 ? "" : "s")}; dictionary: {dictionary.Source}");
            }

            error.WriteLine(summary.Line());
            return 0;
        });
        return command;
    }

    private static MentionResult EmptyResult(ActorDictionary dictionary) =>
        new(new TokenizedCorpus(Corpora.Corpus.FromArticles([]), []), dictionary, MentionOptions.Default, []);

    private static ResultTable Concatenate(List<ResultTable> tables, ResultTable empty) =>
        tables.Count == 0 ? empty : new ResultTable(tables[0].Columns, [.. tables.SelectMany(t => t.Rows)]);

    /// <summary>The --actors file when given, else the dictionary of the story (--story, the corpus's story.json or one drafted from the corpus).</summary>
    public static ActorDictionary LoadActors(string? path, string? storyPath, string? corpusPath, Func<TokenizedCorpus> corpus, TextWriter error) =>
        LoadActors(path, () => StoryOption.Resolve(storyPath, corpusPath, corpus, error));

    /// <summary>--actors, else the dictionary of the run's story (resolved only when needed).</summary>
    public static ActorDictionary LoadActors(string? path, Func<Story> story)
    {
        try
        {
            return path is not null ? ActorDictionary.Load(path) : story().LoadActors();
        }
        catch (ActorDictionaryException e)
        {
            throw new CliException(e.Message);
        }
    }
}
