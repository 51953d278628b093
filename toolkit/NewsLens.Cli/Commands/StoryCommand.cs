using System.CommandLine;
using System.Globalization;
using NewsLens.Corpora;
using NewsLens.Mentions;
using NewsLens.Pipeline;
using NewsLens.Stories;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>
/// `newslens story init CORPUS [--out FILE]`: proposes a starting story.json (and the actors.json it names, next to it)
/// from the corpus itself. Refuses to overwrite an existing file unless --force.
/// </summary>
public static class StoryCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CorpusArguments.Create();
        var outFile = new Option<string?>("--out")
        {
            HelpName = "FILE",
            Description = "Where to write the story file. Default: story.json next to the corpus. The proposed actors.json goes next to it.",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite existing story and actor files." };
        var maxActors = new Option<int>("--actors")
        {
            HelpName = "N",
            Description = "How many actor candidates to propose.",
            DefaultValueFactory = _ => 25,
        };
        var maxArticles = new Option<int>("--max-articles")
        {
            HelpName = "N",
            Description = "Draft from a seeded uniform sample of at most N articles, the one render analyses (0: every article; memory then grows with the corpus).",
            DefaultValueFactory = _ => CorpusSample.DefaultMaxArticles,
        };
        var init = new Command("init", "Write a starting story.json for a corpus: actor candidates (recurring names, variants grouped), candidate process words, the document variables found.")
        {
            outFile, force, maxActors, maxArticles,
        };
        input.AddTo(init);
        init.SetAction(result =>
        {
            var corpusPath = result.GetValue(input.Path) ?? throw new CliException("story init: give the corpus (a folder, .csv or .jsonl).");
            if (result.GetValue(maxActors) < 1)
            {
                throw new CliException("--actors must be 1 or more.");
            }

            if (result.GetValue(maxArticles) < 0)
            {
                throw new CliException("--max-articles must be 0 or more.");
            }

            var sampled = Sample(corpusPath, input.ReaderOptions(result), result.GetValue(maxArticles));
            var corpus = sampled.Corpus.Tokenize();
            var storyFile = Path.GetFullPath(result.GetValue(outFile) ?? DefaultLocation(corpusPath));
            var actorsFile = Path.Combine(Path.GetDirectoryName(storyFile)!, StoryDraft.ActorsFileName);
            if (!result.GetValue(force) && new[] { storyFile, actorsFile }.FirstOrDefault(File.Exists) is { } existing)
            {
                throw new CliException($"{existing} exists; edit it, pass --out elsewhere or --force to overwrite.");
            }

            var name = Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(Path.GetFullPath(corpusPath)));
            var draft = StoryDraft.Propose(corpus, name, result.GetValue(maxActors));
            Directory.CreateDirectory(Path.GetDirectoryName(storyFile)!);
            File.WriteAllText(actorsFile, draft.ActorsJson());
            File.WriteAllText(storyFile, draft.StoryJson());

            // What was written must load: a draft that does not is a bug, not a user error.
            var story = Story.Load(storyFile);
            var actors = story.LoadActors();
            output.WriteLine($"Wrote {storyFile} and {actorsFile}.");
            if (sampled.IsSample)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Drafted from a seeded sample of {sampled.Corpus.Count:N0} of the corpus's {sampled.Total:N0} articles (the sample render analyses; --max-articles 0 reads them all)."));
            }

            output.WriteLine($"{draft.Articles} articles; {actors.Count} actor candidates; {draft.Terms.Length} candidate process terms; document variables: {string.Join(", ", draft.Variables.Keys)}.");
            foreach (var actor in draft.Actors.Take(10))
            {
                output.WriteLine($"  actor {actor.Name} ({actor.Count}): {string.Join(", ", actor.Variants.Select(v => v.Written))}");
            }

            foreach (var term in draft.Terms.Take(10))
            {
                output.WriteLine($"  term  {term.Term} ({term.Count} in {term.Documents} articles)");
            }

            if (draft.CaseFoldedArticles > 0)
            {
                error.WriteLine($"note: {draft.CaseFoldedArticles} of {draft.Articles} articles are case-folded; names were looked for in the others only.");
            }

            output.WriteLine("Next: edit the process words and actors (docs/story.md), then run newslens render --corpus CORPUS.");
            return 0;
        });
        return new Command("story", "Story files: what a corpus is about (process, actors, framing). See docs/story.md.") { init };
    }

    /// <summary>The corpus, or its seeded sample when it has more than <paramref name="maxArticles"/> articles, read with bounded memory.</summary>
    private static SampledCorpus Sample(string corpusPath, CorpusReaderOptions options, int maxArticles)
    {
        SampledCorpus sampled;
        try
        {
            sampled = CorpusSample.Read(corpusPath, options, maxArticles);
        }
        catch (CorpusException e)
        {
            throw new CliException(e.Message);
        }

        return sampled.Corpus.Count == 0 ? throw CorpusArguments.NothingLoaded(corpusPath, sampled.Corpus.Skipped) : sampled;
    }

    private static string DefaultLocation(string corpusPath) =>
        Path.Combine(Directory.Exists(corpusPath) ? corpusPath : Path.GetDirectoryName(Path.GetFullPath(corpusPath))!, Story.FileName);

    /// <summary>For tests and other commands: the actor dictionary a story names, with CLI errors.</summary>
    internal static ActorDictionary ActorsOf(Story story)
    {
        try
        {
            return story.LoadActors();
        }
        catch (ActorDictionaryException e)
        {
            throw new CliException(e.Message);
        }
    }
}
