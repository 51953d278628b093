using System.Collections.Immutable;
using System.Text;

namespace NewsLens.Mentions;

/// <summary>
/// The actors to look for and every way they are named, read from a JSON file (comments and trailing commas
/// allowed) so users can replace it. The file format is described in seeds/resources/actors.json.
/// Loading checks the whole file and reports the first problem with its file and line: unknown kind or property,
/// duplicate key, empty alias, a link to an actor that is not defined, an alias (demonym, metonym) shared by two actors
/// (unless an entry lists the other actor in "alsoMentions").
/// </summary>
public sealed class ActorDictionary
{
    /// <summary>Where the repository keeps the dictionary for the seed story.</summary>
    public const string DefaultRelativePath = "seeds/resources/actors.json";

    private static readonly string[] ActorProperties = ["key", "name", "kind", "aliases", "demonyms", "metonyms", "state", "titles", "note"];
    private static readonly string[] AliasProperties = ["text", "alsoMentions", "matchCase"];

    private readonly ImmutableDictionary<string, Actor> _byKey;

    private ActorDictionary(string source, ImmutableArray<Actor> actors)
    {
        Source = source;
        Actors = actors;
        _byKey = actors.ToImmutableDictionary(a => a.Key, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The file (or name) the dictionary came from.</summary>
    public string Source { get; }

    /// <summary>The actors in file order.</summary>
    public ImmutableArray<Actor> Actors { get; }

    public int Count => Actors.Length;

    public Actor this[string key] => _byKey.TryGetValue(key, out var actor)
        ? actor
        : throw new KeyNotFoundException($"{Source} defines no actor \"{key}\".");

    public bool Contains(string key) => _byKey.ContainsKey(key);

    /// <summary>The display name of an actor key (the key itself when the dictionary does not define it).</summary>
    public string NameOf(string key) => _byKey.TryGetValue(key, out var actor) ? actor.Name : key;

    public static ActorDictionary Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ActorDictionaryException(path, null, "cannot read the file: " + e.Message);
        }

        return Parse(bytes, path);
    }

    public static ActorDictionary Parse(string json, string source = "actors.json") => Parse(Encoding.UTF8.GetBytes(json), source);

    public static ActorDictionary Parse(byte[] utf8Json, string source)
    {
        var root = LinedJson.Parse(utf8Json, source);
        if (root is not LinedObject rootObject)
        {
            throw new ActorDictionaryException(source, root.Line, $"expected a JSON object with an \"actors\" array, found {root.Describe}");
        }

        foreach (var property in rootObject.Properties.Where(p => p.Name is not ("actors" or "description" or "$schema")))
        {
            throw new ActorDictionaryException(source, property.Line, $"unknown property \"{property.Name}\" (the file has \"actors\" and an optional \"description\")");
        }

        if (rootObject["actors"] is not LinedArray actorArray)
        {
            throw new ActorDictionaryException(source, rootObject.Line, "the \"actors\" array is missing");
        }

        var reader = new Reader(source);
        return Build(source, [.. actorArray.Items.Select(reader.Actor)]);
    }

    /// <summary>A dictionary built in code, checked by the same rules as a file.</summary>
    public static ActorDictionary Create(IEnumerable<Actor> actors, string source = "actor dictionary") =>
        Build(source, [.. actors.Select(a => new Located<Actor>(a, null, new ActorLines()))]);

    private static ActorDictionary Build(string source, ImmutableArray<Located<Actor>> located)
    {
        var seen = new Dictionary<string, int?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (actor, line, lines) in located)
        {
            if (string.IsNullOrWhiteSpace(actor.Key))
            {
                throw new ActorDictionaryException(source, lines.Key ?? line, "an actor has an empty \"key\"");
            }

            if (seen.TryGetValue(actor.Key, out var firstLine))
            {
                var where = firstLine is null ? "" : $" (first defined on line {firstLine})";
                throw new ActorDictionaryException(source, lines.Key ?? line, $"duplicate key \"{actor.Key}\"{where}");
            }

            seen.Add(actor.Key, lines.Key ?? line);
            if (actor.Aliases.IsDefaultOrEmpty)
            {
                throw new ActorDictionaryException(source, line, $"actor \"{actor.Key}\" has no aliases; give at least one way it is written");
            }

            foreach (var (alias, aliasLine, list) in AllForms(actor, lines))
            {
                if (string.IsNullOrWhiteSpace(alias.Text) || !MatchUnit.OfForm(alias.Text).Any(u => u.IsWordLike))
                {
                    throw new ActorDictionaryException(source, aliasLine ?? line, $"empty {list} entry \"{alias.Text}\" for actor \"{actor.Key}\" (it has no words to match)");
                }
            }
        }

        var byKey = located.ToDictionary(l => l.Value.Key, l => l.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (actor, line, lines) in located)
        {
            if (actor.State is not null)
            {
                var stateLine = lines.State ?? line;
                if (actor.Kind != ActorKind.Person)
                {
                    throw new ActorDictionaryException(source, stateLine, $"actor \"{actor.Key}\" is a {KindName(actor.Kind)}; only a person can have a \"state\" link");
                }

                if (!byKey.TryGetValue(actor.State, out var state))
                {
                    throw new ActorDictionaryException(source, stateLine, $"actor \"{actor.Key}\" links to state \"{actor.State}\", which is not defined in the dictionary");
                }

                if (state.Kind != ActorKind.Country)
                {
                    throw new ActorDictionaryException(source, stateLine, $"actor \"{actor.Key}\" links to state \"{actor.State}\", which is a {KindName(state.Kind)}, not a country");
                }
            }

            foreach (var (alias, aliasLine, list) in AllForms(actor, lines))
            {
                foreach (var other in alias.AlsoMentions)
                {
                    if (!byKey.ContainsKey(other))
                    {
                        throw new ActorDictionaryException(source, aliasLine ?? line, $"{list} entry \"{alias.Text}\" of actor \"{actor.Key}\" also mentions \"{other}\", which is not defined in the dictionary");
                    }

                    if (string.Equals(other, actor.Key, StringComparison.OrdinalIgnoreCase))
                    {
                        throw new ActorDictionaryException(source, aliasLine ?? line, $"{list} entry \"{alias.Text}\" of actor \"{actor.Key}\" lists its own actor in \"alsoMentions\"");
                    }
                }
            }
        }

        CheckSharedForms(source, located);
        return new ActorDictionary(source, [.. located.Select(l => l.Value)]);
    }

    /// <summary>
    /// Two actors with the same alias (or the same demonym, or the same metonym) would both be counted the same way
    /// for every occurrence, silently. That is an error unless one of the entries says it on purpose by listing the
    /// other actor in "alsoMentions". An alias of one actor that is a link of another ("Moscow": the venue, and
    /// Russia's metonym) is allowed: the link is a labelled kind of mention that can be counted or switched off.
    /// </summary>
    private static void CheckSharedForms(string source, ImmutableArray<Located<Actor>> located)
    {
        var owners = new Dictionary<(string List, string Form), (Actor Actor, ActorAlias Form, int? Line, string List)>();
        foreach (var (actor, line, lines) in located)
        {
            foreach (var (form, formLine, list) in AllForms(actor, lines))
            {
                var key = (list, string.Join(' ', MatchUnit.OfForm(form.Text).Where(u => u.IsWordLike).Select(u => u.Folded)));
                if (!owners.TryGetValue(key, out var first))
                {
                    owners[key] = (actor, form, formLine ?? line, list);
                    continue;
                }

                var intended = string.Equals(first.Actor.Key, actor.Key, StringComparison.OrdinalIgnoreCase)
                    || first.Form.AlsoMentions.Contains(actor.Key, StringComparer.OrdinalIgnoreCase)
                    || form.AlsoMentions.Contains(first.Actor.Key, StringComparer.OrdinalIgnoreCase);
                if (!intended)
                {
                    var firstWhere = first.Line is null ? "" : $" on line {first.Line}";
                    throw new ActorDictionaryException(
                        source,
                        formLine ?? line,
                        $"{list} \"{form.Text}\" of actor \"{actor.Key}\" is also {list} \"{first.Form.Text}\" of actor \"{first.Actor.Key}\"{firstWhere}, so both would be counted; keep it on one actor and, if it names both, list the other in \"alsoMentions\"");
                }
            }
        }
    }

    internal static string KindName(ActorKind kind) => kind.ToString().ToLowerInvariant();

    private static IEnumerable<(ActorAlias Alias, int? Line, string List)> AllForms(Actor actor, ActorLines lines) =>
        Forms(actor.Aliases, lines.Aliases, "alias")
            .Concat(Forms(actor.Demonyms, lines.Demonyms, "demonym"))
            .Concat(Forms(actor.Metonyms, lines.Metonyms, "metonym"));

    private static IEnumerable<(ActorAlias, int?, string)> Forms(ImmutableArray<ActorAlias> forms, ImmutableArray<int> formLines, string list) =>
        forms.IsDefault ? [] : forms.Select((f, i) => (f, !formLines.IsDefault && i < formLines.Length ? (int?)formLines[i] : null, list));

    private sealed record ActorLines(int? Key = null, int? State = null, ImmutableArray<int> Aliases = default, ImmutableArray<int> Demonyms = default, ImmutableArray<int> Metonyms = default);

    private sealed record Located<T>(T Value, int? Line, ActorLines Lines);

    /// <summary>Turns the lined JSON of one actor into an <see cref="Actor"/>, failing with the line of the offending value.</summary>
    private sealed class Reader(string source)
    {
        public Located<Actor> Actor(LinedJson json)
        {
            if (json is not LinedObject item)
            {
                throw Error(json, $"each actor must be an object, found {json.Describe}");
            }

            foreach (var property in item.Properties.Where(p => !ActorProperties.Contains(p.Name, StringComparer.Ordinal)))
            {
                throw new ActorDictionaryException(source, property.Line, $"unknown property \"{property.Name}\" (an actor has {string.Join(", ", ActorProperties)})");
            }

            var key = RequiredString(item, "key", "an actor");
            var kindJson = item["kind"] ?? throw Error(item, $"actor \"{key}\" has no \"kind\" (country, person, organisation or place)");
            var kind = Kind(kindJson, key);
            var (aliases, aliasLines) = FormList(item, "aliases", key);
            var (demonyms, demonymLines) = FormList(item, "demonyms", key);
            var (metonyms, metonymLines) = FormList(item, "metonyms", key);
            var (titles, _) = FormList(item, "titles", key);
            var name = OptionalString(item, "name", key)?.Trim();
            var state = OptionalString(item, "state", key)?.Trim();
            _ = OptionalString(item, "note", key);
            var actor = new Actor(
                key.Trim(),
                string.IsNullOrWhiteSpace(name) ? (aliases.IsEmpty ? key : aliases[0].Text) : name,
                kind,
                aliases,
                demonyms,
                metonyms,
                string.IsNullOrEmpty(state) ? null : state)
            {
                Titles = [.. titles.Select(t => t.Text)],
            };
            return new Located<Actor>(actor, item.Line, new ActorLines(item["key"]?.Line, item["state"]?.Line, aliasLines, demonymLines, metonymLines));
        }

        private ActorKind Kind(LinedJson json, string key)
        {
            var text = json is LinedString s ? s.Value.Trim().ToLowerInvariant() : null;
            return text switch
            {
                "country" => ActorKind.Country,
                "person" => ActorKind.Person,
                "organisation" or "organization" => ActorKind.Organisation,
                "place" => ActorKind.Place,
                _ => throw Error(json, $"unknown kind {json.Describe} for actor \"{key}\" (expected country, person, organisation or place)"),
            };
        }

        private (ImmutableArray<ActorAlias> Forms, ImmutableArray<int> Lines) FormList(LinedObject item, string property, string key)
        {
            var json = item[property];
            if (json is null)
            {
                return ([], []);
            }

            if (json is not LinedArray array)
            {
                throw Error(json, $"\"{property}\" of actor \"{key}\" must be an array, found {json.Describe}");
            }

            return ([.. array.Items.Select(a => Form(a, property, key))], [.. array.Items.Select(a => a.Line)]);
        }

        private ActorAlias Form(LinedJson json, string property, string key)
        {
            switch (json)
            {
                case LinedString s:
                    return ActorAlias.Plain(s.Value.Trim());
                case LinedObject o:
                    foreach (var p in o.Properties.Where(p => !AliasProperties.Contains(p.Name, StringComparer.Ordinal)))
                    {
                        throw new ActorDictionaryException(source, p.Line, $"unknown property \"{p.Name}\" in an entry of \"{property}\" of actor \"{key}\" (an entry has {string.Join(", ", AliasProperties)})");
                    }

                    var text = o["text"] is LinedString t ? t.Value.Trim() : throw Error(o, $"an entry of \"{property}\" of actor \"{key}\" has no \"text\" string");
                    var also = o["alsoMentions"] switch
                    {
                        null => [],
                        LinedArray a => a.Items.Select(i => i is LinedString k ? k.Value.Trim() : throw Error(i, $"\"alsoMentions\" of \"{text}\" must list actor keys, found {i.Describe}")).ToImmutableArray(),
                        var other => throw Error(other, $"\"alsoMentions\" of \"{text}\" must be an array of actor keys, found {other.Describe}"),
                    };
                    var matchCase = o["matchCase"] switch
                    {
                        null => false,
                        LinedBool b => b.Value,
                        var other => throw Error(other, $"\"matchCase\" of \"{text}\" must be true or false, found {other.Describe}"),
                    };
                    return new ActorAlias(text, also, matchCase);
                default:
                    throw Error(json, $"an entry of \"{property}\" of actor \"{key}\" must be a string or an object with \"text\", found {json.Describe}");
            }
        }

        private string RequiredString(LinedObject item, string property, string owner) => item[property] switch
        {
            LinedString s => s.Value,
            null => throw Error(item, $"{owner} has no \"{property}\""),
            var other => throw Error(other, $"\"{property}\" of {owner} must be a string, found {other.Describe}"),
        };

        private string? OptionalString(LinedObject item, string property, string key) => item[property] switch
        {
            LinedString s => s.Value,
            null => null,
            var other => throw Error(other, $"\"{property}\" of actor \"{key}\" must be a string, found {other.Describe}"),
        };

        private ActorDictionaryException Error(LinedJson json, string problem) => new(source, json.Line, problem);
    }
}
