using System.CommandLine;
using NewsLens.Stories;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>
/// The --story option of the analysis commands: a story file, by default the story.json next to the corpus, else a
/// story drafted from the corpus itself (<see cref="Story.Draft"/>). Never looks for the repository.
/// </summary>
public static class StoryOption
{
    public static Option<string?> Create() => new("--story")
    {
        HelpName = "FILE",
        Description = "Story file (story.json: process, actors, framing, stance lexicon). Default: story.json next to the corpus, else actors and process words proposed from the corpus itself.",
    };

    /// <summary>The story file of a run (<see cref="Story.Find"/>), or null when none is given or next to the corpus.</summary>
    public static Story? Find(string? storyPath, string? corpusPath)
    {
        if (storyPath is not null && !File.Exists(storyPath))
        {
            throw new CliException($"--story {storyPath}: no such file.");
        }

        try
        {
            return Story.Find(corpusPath, storyPath);
        }
        catch (FormatException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>
    /// The story of a run (as <see cref="Story.Resolve"/>: the file, else one drafted from <paramref name="corpus"/>, which
    /// is only read then); says on <paramref name="error"/> when it was drafted from the corpus.
    /// </summary>
    public static Story Resolve(string? storyPath, string? corpusPath, Func<TokenizedCorpus> corpus, TextWriter error)
    {
        var story = Find(storyPath, corpusPath) ?? Story.Draft(corpus(), Story.CorpusName(corpusPath));
        if (story.IsDrafted)
        {
            error.WriteLine($"note: {Story.DraftedNote}");
        }

        return story;
    }
}
