using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using NewsLens.Comparison;
using NewsLens.Mentions;
using NewsLens.Sentiment;
using NewsLens.Text;

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

    /// <summary>What <see cref="Source"/> says for a story drafted from the corpus (<see cref="Draft"/>).</summary>
    public const string DraftedSource = "story proposed from the corpus (no story.json)";

    /// <summary>The sentence notebooks and commands show when the story was drafted from the corpus.</summary>
    public const string DraftedNote =
        "No story.json was found next to the corpus; actors and process words were proposed from the corpus itself — run `newslens story init CORPUS` to write and edit them.";

    /// <summary>The sentence stance sections show when the story defines no process (<see cref="HasProcess"/> is false).</summary>
    public const string NoProcessNote =
        "No process is defined, so no sentence is scored for stance: the corpus gave no recurring multi-word term to propose. Define one in a story.json next to the corpus (\"process\": {\"relations\": [...]}; `newslens story init CORPUS` writes a starting file) or pass the words that name it (--target, or the targets parameter).";

    /// <summary>
    /// The seeds' story, embedded in the toolkit (its dictionaries are embedded too). Used only where code asks for it
    /// explicitly: a corpus without a story file gets a story drafted from itself (<see cref="Resolve"/>), never this one.
    /// Its paths are null; <see cref="LoadActors"/>, <see cref="LoadFraming"/> and <see cref="LoadStanceLexicon"/>
    /// return the embedded files.
    /// </summary>
    public static Story Default => BuiltIn.Value;

    /// <summary>True for <see cref="Default"/>: its dictionaries come from the toolkit, not from files.</summary>
    public bool IsBuiltIn { get; init; }

    /// <summary>True for a story proposed from the corpus in memory (<see cref="Draft"/>), not read from a file.</summary>
    public bool IsDrafted { get; init; }

    /// <summary>False when the process has no pattern naming it (a drafted story of a corpus with no recurring term).</summary>
    public bool HasProcess => !Process.Relations.IsEmpty || !Process.Events.IsEmpty;

    /// <summary>The actor dictionary of a drafted story, as JSON; null for a story read from a file.</summary>
    private string? DraftedActorsJson { get; init; }

    /// <summary>The label for <paramref name="key"/> ("outlet", "article"...), or <paramref name="fallback"/> (the key itself when null).</summary>
    public string Label(string key, string? fallback = null) => Labels.TryGetValue(key, out var label) ? label : fallback ?? key;

    /// <summary>
    /// The story file of a run: <paramref name="storyPath"/> when it is given (not null or blank), else the story file
    /// next to the corpus, else null.
    /// </summary>
    public static Story? Find(string? corpusPath, string? storyPath = null)
    {
        if (!string.IsNullOrWhiteSpace(storyPath))
        {
            return Load(storyPath);
        }

        return corpusPath is not null && FindNextTo(corpusPath) is { } found ? Load(found) : null;
    }

    /// <summary>
    /// The story of a run: <paramref name="storyPath"/> when it is given (not null or blank), else the story file next
    /// to the corpus, else a story drafted from <paramref name="corpus"/> itself (<see cref="Draft"/>). Notebooks and
    /// commands share this rule.
    /// </summary>
    public static Story Resolve(TokenizedCorpus corpus, string? corpusPath, string? storyPath = null) =>
        Find(corpusPath, storyPath) ?? Draft(corpus, CorpusName(corpusPath));

    /// <summary>
    /// A story proposed from the corpus itself, in memory (what <c>newslens story init</c> would write): the proposed
    /// actors as its dictionary, the candidate process terms as the process's relations (none when the corpus has no
    /// recurring multi-word term: then <see cref="HasProcess"/> is false), the two top actors as participants, no
    /// framing groups and the built-in stance lexicon.
    /// </summary>
    public static Story Draft(TokenizedCorpus corpus, string corpusName)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var draft = StoryDraft.Propose(corpus, corpusName);
        var relations = draft.Terms.Select(t => t.Term).ToImmutableArray();
        var label = relations.IsEmpty ? "no process defined" : relations[0];
        var process = new ProcessDefinition(label, label, [.. draft.Actors.Take(2).Select(a => a.Key)], relations, [], []);
        return new Story(DraftedSource, corpusName, process, null, null, null, ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal))
        {
            IsDrafted = true,
            DraftedActorsJson = draft.ActorsJson(),
        };
    }

    /// <summary>The marker of a story file that <see cref="WriteDrafted"/> wrote: loaded, the story is still <see cref="IsDrafted"/>.</summary>
    public const string DraftedProperty = "drafted";

    /// <summary>
    /// Writes a drafted story (<see cref="Draft"/>) as <c>story.json</c> and its proposed <c>actors.json</c> into
    /// <paramref name="folder"/>, so other runs use the same story (a render's notebooks, the shards of an analysis)
    /// without drafting it again. <see cref="Load"/> gives it back, still marked as drafted. Returns the story file.
    /// </summary>
    public string WriteDrafted(string folder)
    {
        if (!IsDrafted || DraftedActorsJson is null)
        {
            throw new InvalidOperationException("only a story drafted from a corpus is written; a story file is used by its path");
        }

        Directory.CreateDirectory(folder);
        var storyFile = Path.Combine(folder, FileName);
        File.WriteAllText(Path.Combine(folder, StoryDraft.ActorsFileName), DraftedActorsJson);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", Name);
            json.WriteBoolean(DraftedProperty, true);
            json.WriteStartObject("process");
            json.WriteString("name", Process.Name);
            json.WriteString("label", Process.Label);
            foreach (var (property, values) in new[] { ("participants", Process.Participants), ("relations", Process.Relations), ("events", Process.Events), ("references", Process.References) })
            {
                json.WriteStartArray(property);
                foreach (var value in values)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteString("actors", StoryDraft.ActorsFileName);
            json.WriteStartObject("labels");
            foreach (var (key, label) in Labels)
            {
                json.WriteString(key, label);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        File.WriteAllBytes(storyFile, [.. buffer.ToArray(), (byte)'\n']);
        return storyFile;
    }

    /// <summary>The name of a corpus for titles: its folder or file name without extension.</summary>
    public static string CorpusName(string? corpusPath) => string.IsNullOrWhiteSpace(corpusPath)
        ? "corpus"
        : Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(Path.GetFullPath(corpusPath)));

    /// <summary>The actor dictionary the story names; an empty one when it names none.</summary>
    public ActorDictionary LoadActors() => ActorsPath is not null
        ? ActorDictionary.Load(ActorsPath)
        : DraftedActorsJson is not null
            ? ActorDictionary.Parse(DraftedActorsJson, "actors proposed from the corpus (no story.json)")
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

            var drafted = root.TryGetProperty(DraftedProperty, out var draftedElement) && draftedElement.ValueKind == JsonValueKind.True;
            var definition = ProcessDefinition.FromJson(process, source, requireRelations: !drafted);
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
                labels.ToImmutable())
            {
                IsDrafted = drafted,
            };
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
