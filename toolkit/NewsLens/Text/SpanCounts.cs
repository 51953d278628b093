namespace NewsLens.Text;

/// <summary>
/// A count per distinct string, looked up by span (see <see cref="SpanTable{TValue}"/>: keys live in one character
/// arena, so a known key never allocates and a lookup touches one slot and one run of characters). Built for the
/// word-count hot path, where a Dictionary of strings costs a bucket, an entry and a string object per key.
/// Not thread-safe: give each thread its own and <see cref="Merge"/> them.
/// </summary>
public sealed class SpanCounts(int capacity = 1024)
{
    private static readonly SpanTable<int>.Combine AddCounts = (ref int target, in int source) => target += source;

    private readonly SpanTable<int> _table = new(capacity);

    /// <summary>Distinct keys.</summary>
    public int Count => _table.Count;

    /// <summary>The count of <paramref name="key"/> (0 when never added).</summary>
    public int this[ReadOnlySpan<char> key] => _table.TryGetValue(key, out var count) ? count : 0;

    /// <summary>Adds <paramref name="by"/> to the count of <paramref name="key"/> (an empty key throws).</summary>
    public void Add(ReadOnlySpan<char> key, int by = 1) => _table.GetValueRefOrAddDefault(key, out _) += by;

    /// <summary>Adds every count of <paramref name="other"/> to this table.</summary>
    public void Merge(SpanCounts other) => _table.Merge(other._table, AddCounts);

    /// <summary>Every key with its count, in no particular order (each key becomes a string here).</summary>
    public IEnumerable<KeyValuePair<string, int>> Entries() => _table.Entries();
}
