using System.Collections.Immutable;
using System.Globalization;
using NewsLens.Corpora;
using NewsLens.Pipeline;
using NewsLens.Stories;
using NewsLens.Text;

namespace NewsLens.Notebooks;

/// <summary>
/// What a render reads once and hands to every notebook, so a large corpus is scanned once per render and its story
/// drafted at most once, instead of once per notebook. A corpus larger than the notebooks' <c>maxArticles</c> is read
/// as its seeded sample (<see cref="CorpusSample.Read"/>), written to the render's working folder
/// (<see cref="SampleFile"/>) and passed as the <c>samplePath</c> parameter; when the run has no story file (no
/// <c>storyPath</c>, no story.json next to the corpus), the story an analyze folder recorded is passed as
/// <c>storyPath</c>, else one drafted once from the sample and written beside it. A corpus of at most
/// <c>maxArticles</c> articles is left to the notebooks, which read it whole as they always did.
/// </summary>
/// <param name="Parameters">The notebook parameters to add (paths relative to the notebooks' folder, with forward slashes).</param>
/// <param name="Sample">The sample drawn, or null when the notebooks read the corpus themselves.</param>
/// <param name="StoryFile">The story file passed to the notebooks, or null when they find or draft it as before.</param>
/// <param name="StoryDrafted">True when <paramref name="StoryFile"/> was drafted here from the sample.</param>
public sealed record ReportInputs(ImmutableArray<KeyValuePair<string, string>> Parameters, SampledCorpus? Sample, string? StoryFile, bool StoryDrafted)
{
    public const string SampleParameter = "samplePath";
    public const string StoryParameter = "storyPath";
    public const string MaxArticlesParameter = "maxArticles";
    public const string OutletParameter = "outletFrom";
    public const string SampleFileName = "sample.jsonl";

    /// <summary>Nothing read ahead: the notebooks read the corpus and resolve the story themselves.</summary>
    public static ReportInputs None { get; } = new([], null, null, false);

    /// <summary>One line for the render's output saying what was read ahead; empty when nothing was.</summary>
    public string Note
    {
        get
        {
            var parts = new List<string>();
            if (Sample is not null)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"read the corpus once: a sample of {Sample.Corpus.Count:N0} of {Sample.Total:N0} articles for every notebook"));
            }

            if (StoryFile is not null)
            {
                parts.Add(StoryDrafted ? "story proposed once from the sample" : $"story: {StoryFile}");
            }

            return string.Join("; ", parts);
        }
    }

    /// <summary>
    /// Reads what every notebook needs once. <paramref name="overrides"/> are the run's notebook parameters (for
    /// <c>maxArticles</c>, <c>outletFrom</c>, <c>storyPath</c>, <c>samplePath</c>); <paramref name="analysisFolder"/>
    /// is the <c>--analysis</c> folder or null; the sample and a drafted story go to <paramref name="workFolder"/>.
    /// </summary>
    public static ReportInputs Prepare(string corpusPath, IReadOnlyList<KeyValuePair<string, string>> overrides, string? analysisFolder, string workFolder, string notebooksFolder)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        string? Given(string name) => overrides.LastOrDefault(p => p.Key == name).Value is { Length: > 0 } value ? value : null;
        if (Given(SampleParameter) is not null)
        {
            return None;
        }

        var maxArticles = Given(MaxArticlesParameter) is { } max && int.TryParse(max, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : CorpusSample.DefaultMaxArticles;
        var findsStory = Given(StoryParameter) is not null || Story.FindNextTo(corpusPath) is not null;
        var storyFile = findsStory || analysisFolder is null ? null : CorpusAnalysis.RecordedStory(analysisFolder);
        foreach (var stale in new[] { SampleFileName, Story.FileName, StoryDraft.ActorsFileName }.Select(f => Path.Combine(workFolder, f)).Where(File.Exists))
        {
            File.Delete(stale);
        }

        SampledCorpus? sample = null;
        var drafted = false;
        var parameters = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        if (maxArticles > 0)
        {
            var options = new CorpusReaderOptions { OutletFromUrlColumn = Given(OutletParameter) };
            sample = CorpusSample.Read(corpusPath, options, maxArticles);
            if (sample.IsSample)
            {
                var sampleFile = Path.Combine(workFolder, SampleFileName);
                SampleFile.Write(sampleFile, sample, corpusPath, options);
                parameters.Add(new(SampleParameter, Relative(sampleFile, notebooksFolder)));
                if (storyFile is null && !findsStory)
                {
                    storyFile = Story.Draft(sample.Corpus.Tokenize(), Story.CorpusName(corpusPath)).WriteDrafted(workFolder);
                    drafted = true;
                }
            }
            else
            {
                sample = null;
            }
        }

        if (storyFile is not null)
        {
            parameters.Add(new(StoryParameter, Relative(storyFile, notebooksFolder)));
        }

        return new ReportInputs(parameters.ToImmutable(), sample, storyFile, drafted);
    }

    /// <summary>
    /// The working folder of a render into <paramref name="outputFolder"/>: under <paramref name="artifacts"/>, named
    /// after the output folder (its path below artifacts/, or its name and a hash of its full path), so renders into
    /// different folders do not share one.
    /// </summary>
    public static string WorkFolder(string artifacts, string outputFolder)
    {
        var output = Path.GetFullPath(outputFolder);
        var relative = Path.GetRelativePath(Path.GetFullPath(artifacts), output);
        var name = !Path.IsPathRooted(relative) && !relative.StartsWith("..", StringComparison.Ordinal)
            ? relative.Replace(Path.DirectorySeparatorChar, '-').Replace(Path.AltDirectorySeparatorChar, '-')
            : string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(output))}-{Fnv(output):x16}");
        return Path.Combine(artifacts, "render-input", name);
    }

    private static string Relative(string file, string notebooksFolder) =>
        Path.GetRelativePath(Path.GetFullPath(notebooksFolder), Path.GetFullPath(file)).Replace('\\', '/');

    private static ulong Fnv(string text)
    {
        var hash = 14695981039346656037;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211;
        }

        return hash;
    }
}
