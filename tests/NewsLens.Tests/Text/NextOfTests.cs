using FsCheck.Xunit;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class NextOfTests
{
    [Property(MaxTest = 300)]
    public bool Given_increasing_positions_When_asked_Then_each_answer_is_the_first_match_before_the_end(string? text, byte[]? steps, byte cut, bool hyphens)
    {
        text = (text ?? "") + " pro-Syrian – “quoted” al‐Assad x";
        var end = text.Length - (cut % 4);
        var next = new NextOf(text, hyphens ? Tokenizer.Hyphens : null, end);
        var position = 0;
        foreach (var step in steps ?? [])
        {
            position += step % 7;
            if (position > text.Length)
            {
                break;
            }

            var expected = Enumerable.Range(position, Math.Max(0, end - position))
                .Where(i => hyphens ? Tokenizer.IsHyphen(text[i]) : text[i] > '\u007E')
                .DefaultIfEmpty(int.MaxValue)
                .First();
            if (next.AtOrAfter(position) != expected)
            {
                return false;
            }
        }

        return true;
    }
}
