using System.Collections.Immutable;

namespace NewsLens.Corpora;

/// <summary>
/// Maps character offsets of a text derived from a source (the cleaned article) back to the source (the decoded file,
/// or the text field of a CSV/JSON row), so a user can open the file at a match. The derived text is a sequence of
/// pieces: a piece copied unchanged maps character by character; a piece that replaced something ("\r\n" read as
/// "\n", a run of blank lines, a character composed by NFC) maps as a whole to the source range it replaced.
/// </summary>
public sealed class SourceMap : IEquatable<SourceMap>
{
    private readonly ImmutableArray<Piece> _pieces;

    private SourceMap(ImmutableArray<Piece> pieces, int length)
    {
        _pieces = pieces;
        Length = length;
    }

    /// <summary>Length of the derived text.</summary>
    public int Length { get; }

    /// <summary>The map of a text that is its own source.</summary>
    public static SourceMap Identity(int length) => new(length == 0 ? [] : [new Piece(0, length, 0, length)], length);

    /// <summary>The source range of the derived characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public (int Start, int End) ToSource(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Length);
        if (_pieces.IsEmpty)
        {
            return (0, 0);
        }

        var sourceStart = StartOf(start);
        return (sourceStart, Math.Max(sourceStart, end == start ? sourceStart : EndOf(end)));
    }

    /// <summary>The map as runs (start, length, source start, source length), for storing it (<see cref="FromRuns"/>).</summary>
    public ImmutableArray<int> ToRuns() => [.. _pieces.SelectMany(p => (int[])[p.Start, p.Length, p.SourceStart, p.SourceLength])];

    /// <summary>The map <see cref="ToRuns"/> stored: four numbers per piece, in text order, covering [0, <paramref name="length"/>).</summary>
    public static SourceMap FromRuns(IReadOnlyList<int> runs, int length)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count % 4 != 0)
        {
            throw new FormatException($"a source map is four numbers per piece; {runs.Count} were given");
        }

        var pieces = ImmutableArray.CreateBuilder<Piece>(runs.Count / 4);
        var covered = 0;
        for (var i = 0; i < runs.Count; i += 4)
        {
            var piece = new Piece(runs[i], runs[i + 1], runs[i + 2], runs[i + 3]);
            if (piece.Start != covered || piece.Length <= 0 || piece.SourceStart < 0 || piece.SourceLength < 0)
            {
                throw new FormatException($"source map piece {i / 4} ({piece.Start}, {piece.Length}, {piece.SourceStart}, {piece.SourceLength}) does not follow the one before it");
            }

            covered += piece.Length;
            pieces.Add(piece);
        }

        return covered == length ? new(pieces.ToImmutable(), length) : throw new FormatException($"the source map covers {covered} characters, not {length}");
    }

    public bool Equals(SourceMap? other) => other is not null && Length == other.Length && _pieces.SequenceEqual(other._pieces);

    public override bool Equals(object? obj) => Equals(obj as SourceMap);

    public override int GetHashCode() => HashCode.Combine(Length, _pieces.Length);

    private int StartOf(int offset)
    {
        if (offset >= Length)
        {
            return _pieces[^1].SourceEnd;
        }

        var piece = _pieces[Find(offset, atEnd: false)];
        return piece.Linear ? piece.SourceStart + (offset - piece.Start) : piece.SourceStart;
    }

    private int EndOf(int offset)
    {
        if (offset <= 0)
        {
            return _pieces[0].SourceStart;
        }

        var piece = _pieces[Find(offset, atEnd: true)];
        return piece.Linear ? piece.SourceStart + (offset - piece.Start) : piece.SourceEnd;
    }

    /// <summary>The piece holding character <paramref name="offset"/> (or, at an end, the piece it ends).</summary>
    private int Find(int offset, bool atEnd)
    {
        int low = 0, high = _pieces.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            var begins = _pieces[mid].Start;
            if (atEnd ? begins < offset : begins <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    private readonly record struct Piece(int Start, int Length, int SourceStart, int SourceLength)
    {
        public bool Linear => Length == SourceLength;

        public int SourceEnd => SourceStart + SourceLength;
    }

    /// <summary>
    /// Builds the map of a new text made from a previous one (<paramref name="previous"/>, itself mapped to the source):
    /// copy ranges of the previous text and insert replacements for ranges of it, in order.
    /// </summary>
    public sealed class Builder(SourceMap previous)
    {
        private readonly ImmutableArray<Piece>.Builder _pieces = ImmutableArray.CreateBuilder<Piece>();
        private int _length;

        /// <summary>Characters [<paramref name="start"/>, start + <paramref name="length"/>) of the previous text, unchanged.</summary>
        public void Copy(int start, int length)
        {
            if (length <= 0)
            {
                return;
            }

            var end = start + length;
            var index = previous.Find(start, atEnd: false);
            for (var position = start; position < end; index++)
            {
                var piece = previous._pieces[index];
                var pieceEnd = Math.Min(end, piece.Start + piece.Length);
                var taken = pieceEnd - position;
                if (piece.Linear)
                {
                    Add(new Piece(_length, taken, piece.SourceStart + (position - piece.Start), taken));
                }
                else
                {
                    Add(new Piece(_length, taken, piece.SourceStart, piece.SourceLength));
                }

                _length += taken;
                position = pieceEnd;
            }
        }

        /// <summary><paramref name="replacement"/> stands for characters [<paramref name="start"/>, start + <paramref name="length"/>) of the previous text.</summary>
        public void Replace(int start, int length, int replacement)
        {
            if (replacement <= 0)
            {
                return;
            }

            var (sourceStart, sourceEnd) = previous.ToSource(start, start + length);
            Add(new Piece(_length, replacement, sourceStart, sourceEnd - sourceStart));
            _length += replacement;
        }

        public SourceMap Build() => new(_pieces.ToImmutable(), _length);

        private void Add(Piece piece)
        {
            if (_pieces.Count > 0)
            {
                var last = _pieces[^1];
                if (last.Linear && piece.Linear && last.SourceEnd == piece.SourceStart)
                {
                    _pieces[^1] = last with { Length = last.Length + piece.Length, SourceLength = last.SourceLength + piece.Length };
                    return;
                }
            }

            _pieces.Add(piece);
        }
    }
}
