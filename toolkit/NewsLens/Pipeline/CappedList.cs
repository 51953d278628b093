using System.Collections.Immutable;

namespace NewsLens.Pipeline;

/// <summary>
/// The first <see cref="Limit"/> items of a stream and how many there were in all: what a streamed run keeps of a list
/// that could grow with the corpus (skipped inputs, warnings), so memory stays bounded and the report can say how many
/// it left out.
/// </summary>
public sealed class CappedList<T>
{
    private readonly List<T> _items = [];

    public CappedList(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        Limit = limit;
    }

    public int Limit { get; }

    /// <summary>How many items were added, kept or not.</summary>
    public long Total { get; private set; }

    /// <summary>How many were added beyond <see cref="Limit"/> and not kept.</summary>
    public long Omitted => Total - _items.Count;

    public ImmutableArray<T> Items => [.. _items];

    public void Add(T item)
    {
        Total++;
        if (_items.Count < Limit)
        {
            _items.Add(item);
        }
    }

    public void AddRange(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            Add(item);
        }
    }
}
