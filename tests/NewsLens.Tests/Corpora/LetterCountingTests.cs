using FsCheck.Xunit;
using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

/// <summary>
/// The letter scans of loading (casing detection and the near-duplicate key) take ASCII without per-character
/// Unicode look-ups; for any text they must find exactly the letters char.IsUpper/IsLower/IsLetter find.
/// </summary>
public sealed class LetterCountingTests
{
    private static readonly string[] Pieces =
    [
        "The talks in Moscow", "TURKEY", "syria", "Çavuşoğlu", "İbrahim Kalın", "ǅ", "ß", "ΣΊΣΥΦΟΣ", "Straße", "3.5%", "[x]", "`@{|}~",
        " ", "\n", "😀", "\uD800", "a", "Z", "@", "[", "`", "{", "\u0645\u0648\u0633\u0643\u0648", "Ⅻ", "ⓐ", "\u00B5", "\u00AA", "ǈǋǲ",
    ];

    private static string Text(int[] picks) => string.Concat((picks ?? []).Select(p => Pieces[(int)((uint)p % (uint)Pieces.Length)]));

    private static (int Upper, int Lower) Straightforward(string text) => (text.Count(char.IsUpper), text.Count(c => !char.IsUpper(c) && char.IsLower(c)));

    [Property(MaxTest = 500)]
    public bool Given_any_text_When_cased_letters_are_counted_Then_the_counts_are_char_IsUpper_and_IsLower(int[] picks)
    {
        var text = Text(picks);

        return LetterCasing.CountCased(text) == Straightforward(text);
    }

    [Fact]
    public void Given_every_code_unit_in_runs_of_sixteen_When_counted_Then_the_counts_are_char_IsUpper_and_IsLower()
    {
        var text = new string([.. Enumerable.Range(0, 65_536).Select(c => (char)c)]);

        var head = text.Substring(0, 1000); // ASCII chunks, chunks with non-ASCII, and a tail shorter than a chunk

        Assert.Equal(Straightforward(text), LetterCasing.CountCased(text));
        Assert.Equal(Straightforward(head), LetterCasing.CountCased(head));
    }

    [Property(MaxTest = 500)]
    public bool Given_any_text_When_its_letters_are_lower_cased_Then_they_are_char_IsLetter_and_ToLowerInvariant(int[] picks)
    {
        var text = Text(picks);
        var letters = new char[text.Length];

        var count = CorpusReader.LowerCaseLetters(text, letters);

        return new string(letters, 0, count) == string.Concat(text.Where(char.IsLetter).Select(char.ToLowerInvariant));
    }

    [Fact]
    public void Given_every_code_unit_When_its_letters_are_lower_cased_Then_they_are_char_IsLetter_and_ToLowerInvariant()
    {
        var text = new string([.. Enumerable.Range(0, 65_536).Select(c => (char)c)]);
        var letters = new char[text.Length];

        var count = CorpusReader.LowerCaseLetters(text, letters);

        Assert.Equal(string.Concat(text.Where(char.IsLetter).Select(char.ToLowerInvariant)), new string(letters, 0, count));
    }
}
