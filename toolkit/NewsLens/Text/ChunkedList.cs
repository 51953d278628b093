using System.Runtime.CompilerServices;

namespace NewsLens.Text;

/// <summary>
/// An append-only list kept in chunks of a fixed size under the large-object threshold: adding never copies what is
/// there (a <see cref="List{T}"/> holds up to three times its items while it doubles and leaves the outgrown arrays as
/// large-object garbage), so a list of millions of items costs its items plus one partly filled chunk. Not thread-safe.
/// </summary>
internal sealed class ChunkedList<T>
    where T : struct
{
    /// <summary>Bytes per chunk: below the 85,000 at which .NET puts an array on the large-object heap.</summary>
    private const int ChunkBytes = 80_000;

    private static readonly int ChunkLength = Math.Max(1, ChunkBytes / Unsafe.SizeOf<T>());

    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public void Add(T item)
    {
        var slot = Count % ChunkLength;
        if (slot == 0)
        {
            _chunks.Add(new T[ChunkLength]);
        }

        _chunks[^1][slot] = item;
        Count++;
    }

    /// <summary>The items in the order they were added, as one new array.</summary>
    public T[] ToArray()
    {
        var items = new T[Count];
        var at = 0;
        foreach (var chunk in _chunks)
        {
            var length = Math.Min(chunk.Length, Count - at);
            chunk.AsSpan(0, length).CopyTo(items.AsSpan(at));
            at += length;
        }

        return items;
    }
}
