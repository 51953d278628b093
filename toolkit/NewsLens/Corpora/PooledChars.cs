using System.Buffers;

namespace NewsLens.Corpora;

/// <summary>Characters gathered in a pooled array that doubles when full.</summary>
internal struct PooledChars(int capacity) : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(capacity);
    private int _length;

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            var grown = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + text.Length));
            _chars.AsSpan(0, _length).CopyTo(grown);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = grown;
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public readonly int Length => _length;

    /// <summary>The characters so far (valid until the next <see cref="Append"/>).</summary>
    public readonly ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public override readonly string ToString() => new(_chars, 0, _length);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
    }
}
