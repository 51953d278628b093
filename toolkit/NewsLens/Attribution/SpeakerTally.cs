using System.Collections.Immutable;

namespace NewsLens.Attribution;

/// <summary>
/// Attributions counted per group, speaker and kind (what <see cref="AttributionCounts"/> reports), added up batch by
/// batch: it keeps one entry per group, speaker and kind, never the attributions or the documents, so a streamed corpus
/// costs what its distinct speakers cost. Each attribution counts in the group of its article in the same batch. Not
/// thread-safe.
/// </summary>
public sealed class SpeakerTally
{
    private readonly List<string> _groups = [];

    /// <summary>Each group's place in <see cref="_groups"/> (first seen, first).</summary>
    private readonly Dictionary<string, int> _groupIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Group, string Key, SpeakerKind Kind), Speaker> _speakers = [];

    /// <summary>One batch: its documents (id and group, in corpus order) and the attributions found in them.</summary>
    public void Add(IReadOnlyList<(string Id, string Group)> documents, IEnumerable<SpeakerAttribution> attributions)
    {
        var groupOf = new Dictionary<string, string>(documents.Count, StringComparer.Ordinal);
        foreach (var (id, group) in documents)
        {
            groupOf[id] = group;
            if (_groupIndex.TryAdd(group, _groups.Count))
            {
                _groups.Add(group);
            }
        }

        foreach (var attribution in attributions)
        {
            var key = (groupOf[attribution.DocumentId], AttributionCounts.KeyOf(attribution), attribution.Kind);
            var speaker = _speakers.GetValueOrDefault(key) ?? (_speakers[key] = new Speaker(attribution.ResolvedSpeaker));
            speaker.Add(attribution);
        }
    }

    /// <summary>Each speaker's count per group: groups in first-seen order, then most counted, then key (ties: first seen).</summary>
    public ImmutableArray<SpeakerCount> BySpeaker() =>
        [.. _speakers
            .Select(s => new SpeakerCount(s.Key.Group, s.Value.Fullest, s.Key.Key, s.Key.Kind, s.Value.Count, s.Value.Direct))
            .OrderBy(c => _groupIndex[c.Group])
            .ThenByDescending(c => c.Count)
            .ThenBy(c => c.Key, StringComparer.Ordinal)];

    /// <summary>Every group (first-seen order, with or without attributions) and kind, with its share of the group's attributions.</summary>
    public ImmutableArray<SpeakerKindCount> ByKind()
    {
        var counts = new Dictionary<(string Group, SpeakerKind Kind), int>();
        foreach (var (key, speaker) in _speakers)
        {
            counts[(key.Group, key.Kind)] = counts.GetValueOrDefault((key.Group, key.Kind)) + speaker.Count;
        }

        var builder = ImmutableArray.CreateBuilder<SpeakerKindCount>();
        foreach (var group in _groups)
        {
            var total = Enum.GetValues<SpeakerKind>().Sum(kind => counts.GetValueOrDefault((group, kind)));
            foreach (var kind in Enum.GetValues<SpeakerKind>())
            {
                var count = counts.GetValueOrDefault((group, kind));
                builder.Add(new SpeakerKindCount(group, kind, count, total == 0 ? 0 : (double)count / total));
            }
        }

        return builder.ToImmutable();
    }

    private sealed class Speaker(string first)
    {
        /// <summary>The fullest form used: the longest, then the first in ordinal order.</summary>
        public string Fullest { get; private set; } = first;

        public int Count { get; private set; }

        public int Direct { get; private set; }

        public void Add(SpeakerAttribution attribution)
        {
            var name = attribution.ResolvedSpeaker;
            if (name.Length > Fullest.Length || (name.Length == Fullest.Length && string.CompareOrdinal(name, Fullest) < 0))
            {
                Fullest = name;
            }

            Count++;
            Direct += attribution.IsDirectQuote ? 1 : 0;
        }
    }
}
