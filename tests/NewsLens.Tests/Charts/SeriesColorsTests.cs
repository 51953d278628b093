using NewsLens.Charts;

namespace NewsLens.Tests.Charts;

/// <summary>Colour scopes: what `render` gives each notebook so pages do not depend on which notebooks ran beside them.</summary>
public sealed class SeriesColorsTests
{
    [Fact]
    public void Given_a_scope_When_names_are_coloured_inside_it_Then_it_starts_from_the_first_colour_and_outside_colours_are_unchanged()
    {
        var outside = SeriesColors.Hex("Scope test outside");

        using (SeriesColors.Scope())
        {
            SeriesColors.Reserve(["Scope test B", "Scope test A"]);
            Assert.Equal(SeriesColors.Palette[0], SeriesColors.Hex("Scope test A"));
            Assert.Equal(SeriesColors.Palette[1], SeriesColors.Hex("Scope test B"));
            Assert.Equal(SeriesColors.Palette[2], SeriesColors.Hex("Scope test outside"));
        }

        Assert.Equal(outside, SeriesColors.Hex("Scope test outside"));
    }

    [Fact]
    public async Task Given_two_scopes_running_at_once_When_each_colours_names_in_its_own_order_Then_neither_sees_the_others_names()
    {
        using var bothStarted = new Barrier(2);

        async Task<string[]> Colour(string[] names) => await Task.Run(() =>
        {
            using var scope = SeriesColors.Scope();
            bothStarted.SignalAndWait();
            var colours = new List<string>();
            foreach (var name in names)
            {
                // Hand over between names, so the two scopes interleave.
                Thread.Yield();
                colours.Add(SeriesColors.Hex(name));
            }

            return colours.ToArray();
        });

        var results = await Task.WhenAll(Colour(["Concurrent 1", "Concurrent 2", "Concurrent 3"]), Colour(["Concurrent 3", "Concurrent 1"]));

        Assert.Equal(SeriesColors.Palette.Take(3), results[0]);
        Assert.Equal(SeriesColors.Palette.Take(2), results[1]);
    }
}
