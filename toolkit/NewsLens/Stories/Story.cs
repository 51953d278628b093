using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using NewsLens.Comparison;
using NewsLens.Mentions;
using NewsLens.Sentiment;

namespace NewsLens.Stories;

/// <summary>
/// What a corpus is about, in one small file (<c>story.json</c> next to the corpus, or passed with <c>--story</c>):
/// the target process, the actor dictionary, the framing groups, an optional stance lexicon layered over the general
/// one, and labels used in titles. Paths inside the file are relative to the file. Format: docs/story.md.
/// </summary>
/// <param name="Source">The file the story came from.</param>
/// <param name="Name">A short title for the story, e.g. "Turkey–Syria normalisation talks, 2023".</param>
/// <param name="Process">The target process of stance.</param>
/// <param name="ActorsPath">Full path of the actor dictionary, or null for none.</param>
/// <param name="FramingPath">Full path of the framing groups, or null for none.</param>
/// <param name="StanceLexiconPath">Full path of a stance lexicon (polarity and hedge layers), or null for the built-in one.</param>
/// <param name="Labels">Words used in titles and prose, e.g. "outlet" -> "outlet", "article" -> "article".</param>
public sealed record Story(
    string Source,
    string Name,
    ProcessDefinition Process,
    string? ActorsPath,
    string? FramingPath,
    string? StanceLexiconPath,
    ImmutableSortedDictionary<string, string> Labels)
{
    /// <summary>The conventional file name looked for next to a corpus.</summary>
    public const string FileName = "story.json";

    /// <summary>What <see cref="Source"/> says for the built-in story.</summary>
    public const string BuiltInSource = "story.json (built in)";

    private const string ResourcePrefix = "NewsLens.Stories.";

    private static readonly Lazy<Story> BuiltIn = new(() =>
        ParseWithPaths(ReadResource("story.json"), BuiltInSource, baseDirectory: null) with { IsBuiltIn = true });

    /// <summary>
    /// The story used when a corpus has none: the bundled seeds' story, read from the toolkit itself (its dictionaries
    /// are embedded too), so it is found wherever the toolkit runs. Its paths are null; <see cref="LoadActors"/>,
    /// <see cref="LoadFraming"/> and <see cref="LoadStanceLexicon"/> return the embedded files.
    /// </summary>
    public static Story Default => BuiltIn.Value;

    /// <summary>True for <see cref="Default"/>: its dictionaries come from the toolkit, not from files.</summary>
    public bool IsBuiltIn { get; init; }

    /// <summary>The label for <paramref name="key"/> ("outlet", "article"...), or <paramref name="fallback"/> (the key itself when null).</summary>
    public string Label(string key, string? fallback = null) => Labels.TryGetValue(key, out var label) ? label : fallback ?? key;

    /// <summary>
    /// The story of a run: <paramref name="storyPath"/> when it is given (not null or blank), else the story file next
    /// to the corpus, else <see cref="Default"/>. Notebooks and commands share this rule.
    /// </summary>
    public static Story Resolve(string? corpusPath, string? storyPath = null)
    {
        if (!string.IsNullOrWhiteSpace(storyPath))
        {
            return Load(storyPath);
        }

        return corpusPath is not null && FindNextTo(corpusPath) is { } found ? Load(found) : Default;
    }

    /// <summary>The actor dictionary the story names; an empty one when it names none.</summary>
    public ActorDictionary LoadActors() => ActorsPath is not null
        ? ActorDictionary.Load(ActorsPath)
        : IsBuiltIn
            ? ActorDictionary.Parse(ReadResource("actors.json"), "actors.json (built in)")
            : ActorDictionary.Parse("""{"actors": []}""", Source + " (no actors)");

    /// <summary>The framing groups the story names; an empty list when it names none.</summary>
    public FramingLexicon LoadFraming() => FramingPath is not null
        ? FramingLexicon.Load(FramingPath)
        : IsBuiltIn
            ? FramingLexicon.Parse(ReadResource("framing.json"))
            : new FramingLexicon(null, []);

    /// <summary>The stance lexicon the story names, or the built-in one (<see cref="StanceLexicon.Default"/>).</summary>
    public StanceLexicon LoadStanceLexicon() => StanceLexiconPath is not null ? StanceLexicon.Load(StanceLexiconPath) : StanceLexicon.Default;

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The built-in {name} is missing from the NewsLens assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Story Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FormatException($"{path}: cannot read the story file: {e.Message}", e);
        }

        return Parse(json, path, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>The story file of a corpus folder (or of the folder holding a corpus file), or null when it has none.</summary>
    public static string? FindNextTo(string corpusPath)
    {
        var folder = Directory.Exists(corpusPath) ? corpusPath : Path.GetDirectoryName(Path.GetFullPath(corpusPath));
        var candidate = folder is null ? null : Path.Combine(folder, FileName);
        return candidate is not null && File.Exists(candidate) ? candidate : null;
    }

    public static Story Parse(string json, string source, string baseDirectory) => ParseWithPaths(json, source, baseDirectory);

    /// <summary>With no <paramref name="baseDirectory"/> the file's paths are not resolved (they stay null).</summary>
    private static Story ParseWithPaths(string json, string source, string? baseDirectory)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new FormatException($"{source}: line {(e.LineNumber ?? 0) + 1}: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{source}: a story file is one JSON object");
            }

            if (!root.TryGetProperty("process", out var process))
            {
                throw new FormatException($"{source}: \"process\" is missing (the target process: at least its \"relations\" patterns)");
            }

            var definition = ProcessDefinition.FromJson(process, source);
            var labels = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("labels", out var labelElement))
            {
                if (labelElement.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException($"{source}: \"labels\" must be an object of strings");
                }

                foreach (var label in labelElement.EnumerateObject())
                {
                    labels[label.Name] = label.Value.ValueKind == JsonValueKind.String
                        ? label.Value.GetString()!
                        : throw new FormatException($"{source}: \"labels.{label.Name}\" must be a string");
                }
            }

            return new Story(
                source,
                String(root, "name", source) ?? definition.Name,
                definition,
                PathOf(root, "actors", source, baseDirectory),
                PathOf(root, "framing", source, baseDirectory),
                PathOf(root, "stanceLexicon", source, baseDirectory),
                labels.ToImmutable());
        }
    }

    private static string? String(JsonElement root, string property, string source) =>
        root.TryGetProperty(property, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"{source}: \"{property}\" must be a string")
            : null;

    private static string? PathOf(JsonElement root, string property, string source, string? baseDirectory)
    {
        var relative = String(root, property, source);
        if (relative is null || baseDirectory is null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(baseDirectory, relative));
        return File.Exists(full) ? full : throw new FormatException($"{source}: \"{property}\" names {relative}, which does not exist ({full})");
    }
}
