using System.CommandLine;
using NewsLens.Stories;

namespace NewsLens.Cli.Commands;

/// <summary>
/// The --story option of the analysis commands: a story file, by default the story.json next to the corpus, else the
/// toolkit's built-in story (<see cref="Story.Default"/>). Never looks for the repository.
/// </summary>
public static class StoryOption
{
    public static Option<string?> Create() => new("--story")
    {
        HelpName = "FILE",
        Description = "Story file (story.json: process, actors, framing, stance lexicon). Default: story.json next to the corpus, else the built-in story.",
    };

    public static Story Resolve(string? storyPath, string? corpusPath)
    {
        if (storyPath is not null && !File.Exists(storyPath))
        {
            throw new CliException($"--story {storyPath}: no such file.");
        }

        try
        {
            return Story.Resolve(corpusPath, storyPath);
        }
        catch (FormatException e)
        {
            throw new CliException(e.Message);
        }
    }
}
