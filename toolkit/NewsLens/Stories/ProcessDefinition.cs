using System.Collections.Immutable;
using System.Text.Json;

namespace NewsLens.Stories;

/// <summary>
/// The process whose coverage is studied (the target of stance): what it is called, who takes part, the words that
/// name the process itself, its events, and the words that refer back to it inside an article about it.
/// One definition serves the story file (<c>story.json</c>, its <c>process</c> object) and the quick
/// <c>--target</c> option. Patterns are one or more words matched on folded tokens; a trailing <c>*</c> matches any
/// ending (<c>normalis*</c>).
/// </summary>
/// <param name="Name">Full name for prose, e.g. "Turkey–Syria normalisation".</param>
/// <param name="Label">Short label for titles and axes, e.g. "normalisation".</param>
/// <param name="Participants">Actor keys (from the actor dictionary) of the parties to the process; empty when any party counts.</param>
/// <param name="Relations">Patterns that name the process itself ("normalis*", "restore ties", "rapprochement").</param>
/// <param name="Events">Patterns for the process's events ("talks", "meeting", "road map"); they count when the participants are named nearby or the article is about the process.</param>
/// <param name="References">Patterns that refer back to the process inside an article about it ("the meeting", "this process", "the next step").</param>
public sealed record ProcessDefinition(
    string Name,
    string Label,
    ImmutableArray<string> Participants,
    ImmutableArray<string> Relations,
    ImmutableArray<string> Events,
    ImmutableArray<string> References)
{
    /// <summary>A process given only by the words that name it (the <c>--target</c> option): no participants, events or references.</summary>
    public static ProcessDefinition FromTargets(IEnumerable<string> patterns)
    {
        var relations = patterns.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToImmutableArray();
        if (relations.IsEmpty)
        {
            throw new ArgumentException("at least one non-empty target pattern is needed", nameof(patterns));
        }

        var label = string.Join(", ", relations.Select(r => r.TrimEnd('*')));
        return new ProcessDefinition(label, label, [], relations, [], []);
    }

    /// <summary>
    /// Reads the <c>process</c> object of a story file:
    /// <c>{"name": ..., "label": ..., "participants": [...], "relations": [...], "events": [...], "references": [...]}</c>.
    /// Only <c>relations</c> is required (unless <paramref name="requireRelations"/> is false: a drafted story whose
    /// corpus gave no process term, <see cref="Story.WriteDrafted"/>).
    /// </summary>
    public static ProcessDefinition FromJson(JsonElement element, string source, bool requireRelations = true)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{source}: \"process\" must be an object");
        }

        var relations = Strings(element, "relations", source);
        if (relations.IsEmpty && requireRelations)
        {
            throw new FormatException($"{source}: \"process.relations\" needs at least one pattern (the words that name the process)");
        }

        var name = OptionalString(element, "name", source) ?? (relations.IsEmpty ? "no process defined" : relations[0].TrimEnd('*'));
        return new ProcessDefinition(
            name,
            OptionalString(element, "label", source) ?? name,
            Strings(element, "participants", source),
            relations,
            Strings(element, "events", source),
            Strings(element, "references", source));
    }

    private static string? OptionalString(JsonElement element, string property, string source) =>
        element.TryGetProperty(property, out var value)
            ? value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : throw new FormatException($"{source}: \"process.{property}\" must be a string")
            : null;

    private static ImmutableArray<string> Strings(JsonElement element, string property, string source)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{source}: \"process.{property}\" must be an array of strings");
        }

        return [.. value.EnumerateArray().Select((item, i) => item.ValueKind == JsonValueKind.String && item.GetString()!.Trim().Length > 0
            ? item.GetString()!.Trim()
            : throw new FormatException($"{source}: \"process.{property}[{i}]\" must be a non-empty string"))];
    }
}
