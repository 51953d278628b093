using System.Collections.Immutable;

namespace NewsLens.Text;

/// <summary>
/// Gathers items of unknown count into a per-thread array that is reused from call to call, then copies them out once,
/// exactly sized: one allocation per result instead of a growing builder's. A thread keeps its array between calls only
/// up to <c>maxKept</c> items, so one huge text does not pin memory. One gathering per type and thread at a time (do
/// not nest two of the same type).
/// </summary>
internal ref struct ScratchArray<T>
{
    [ThreadStatic]
    private static T[]? t_kept;

    private readonly int _maxKept;
    private T[] _items;
    private int _count;

    public ScratchArray(int initial, int maxKept)
    {
        _items = t_kept ??= new T[initial];
        _maxKept = maxKept;
    }

    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
            if (_items.Length <= _maxKept)
            {
                t_kept = _items;
            }
        }

        _items[_count++] = item;
    }

    public readonly ImmutableArray<T> ToImmutable() => ImmutableArray.Create(_items, 0, _count);
}
