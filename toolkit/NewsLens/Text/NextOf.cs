using System.Buffers;

namespace NewsLens.Text;

/// <summary>
/// The next position at or after a given one (asked in increasing order) before <c>end</c> holding one of
/// <c>values</c>, or, with no values, a character outside ASCII U+0000..U+007E; int.MaxValue when there is none.
/// One vectorised search finds each, never past <c>end</c>.
/// </summary>
internal struct NextOf(string text, SearchValues<char>? values, int end)
{
    private int _next = -1;

    public int AtOrAfter(int position)
    {
        if (_next >= position)
        {
            return _next;
        }

        var rest = text.AsSpan(position, Math.Max(0, end - position));
        var found = values is null ? rest.IndexOfAnyExceptInRange('\u0000', '\u007E') : rest.IndexOfAny(values);
        _next = found < 0 ? int.MaxValue : position + found;
        return _next;
    }
}
