using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

public sealed class UnicodeTextTests
{
    // Code units as numbers: xunit cannot carry lone surrogates in string arguments.
    [Theory]
    [InlineData(new[] { 0x61, 0xD800, 0x62 }, new[] { 0x61, 0xFFFD, 0x62 })]
    [InlineData(new[] { 0x61, 0xDC00 }, new[] { 0x61, 0xFFFD })]
    [InlineData(new[] { 0x78, 0xFFFE, 0x79 }, new[] { 0x78, 0xFFFD, 0x79 })]
    [InlineData(new[] { 0xD83F, 0xDFFE }, new[] { 0xFFFD, 0xFFFD })]
    [InlineData(new[] { 0x6F, 0xD83D, 0xDC4D }, new[] { 0x6F, 0xD83D, 0xDC4D })]
    public void Given_invalid_code_units_When_normalised_Then_they_become_replacement_characters_and_lengths_stay(int[] inputUnits, int[] expectedUnits)
    {
        var input = new string([.. inputUnits.Select(u => (char)u)]);
        var expected = new string([.. expectedUnits.Select(u => (char)u)]);

        var normalised = UnicodeText.Normalize(input);

        Assert.Equal(expected, normalised);
        Assert.Equal(input.Length, normalised.Length);
    }

    [Fact]
    public void Given_decomposed_text_When_normalised_Then_it_is_composed()
    {
        Assert.Equal("Mevlüt", UnicodeText.Normalize("Mevlu\u0308t"));
    }
}
