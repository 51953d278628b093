using NewsLens.Comparison;

namespace NewsLens.Tests.Comparison;

public sealed class FramingTests
{
    private const string Lexicon = """
        {
          "groups": [
            { "name": "Turkey's name", "terms": [
                { "label": "Türkiye", "patterns": ["türkiye*", "turkiye*"] },
                { "label": "Turkey", "patterns": ["turkey*"] } ] },
            { "name": "Rulers", "terms": [
                { "label": "Assad regime", "patterns": ["assad regime"] },
                { "label": "regime", "patterns": ["regime*"] },
                { "label": "government", "patterns": ["government*"] } ] }
          ]
        }
        """;

    private static readonly string SeedLexiconPath = Path.Combine(NewsLens.Cli.RepositoryPaths.Seeds, "resources", "framing.json");

    [Fact]
    public void Given_two_outlets_When_framing_terms_are_counted_Then_counts_and_shares_within_each_group_are_per_outlet()
    {
        var corpus = ComparisonCorpus.Of(
            ("a", "Sabah", "TÜRKİYE and Türkiye’s envoy met. Turkey's allies watched. The Assad regime replied."),
            ("b", "Arab", "Turkey and Syria-Turkey ties. The government and the regime's regime."));
        var usages = Framing.Count(corpus, FramingLexicon.Parse(Lexicon));

        FramingUsage Get(string outlet, string term) => usages.Single(u => u.Group == outlet && u.Term == term);

        // Sabah: TÜRKİYE (Turkish İ folds to i), Türkiye → 2; Turkey's → 1; share 2/3.
        Assert.Equal((2, 3), (Get("Sabah", "Türkiye").Count, Get("Sabah", "Türkiye").FramingGroupTotal));
        Assert.Equal(2.0 / 3, Get("Sabah", "Türkiye").Share!.Value, 9);
        // "Assad regime" is the longer pattern, so its regime is not counted again as plain regime.
        Assert.Equal(1, Get("Sabah", "Assad regime").Count);
        Assert.Equal(0, Get("Sabah", "regime").Count);
        Assert.Equal(0, Get("Sabah", "government").Count);

        // Arab: Turkey + the Turkey part of Syria-Turkey → 2, share 1; regime twice, government once.
        Assert.Equal((2, 2), (Get("Arab", "Turkey").Count, Get("Arab", "Turkey").FramingGroupTotal));
        Assert.Equal(1.0, Get("Arab", "Turkey").Share!.Value);
        Assert.Equal(0.0, usages.Single(u => u.Group == "Arab" && u.Term == "Türkiye").Share);
        Assert.Equal(2, Get("Arab", "regime").Count);
        Assert.Equal(1.0 / 3, Get("Arab", "government").Share!.Value, 9);
    }

    [Fact]
    public void Given_an_outlet_using_no_term_of_a_group_When_counted_Then_its_shares_are_null_not_zero()
    {
        var corpus = ComparisonCorpus.Of(("a", "X", "Nothing relevant here."));
        var usages = Framing.Count(corpus, FramingLexicon.Parse(Lexicon));
        Assert.All(usages, u => Assert.Equal((0, 0, null), (u.Count, u.FramingGroupTotal, u.Share)));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "groups": [ { "name": "one term", "terms": [ { "label": "a", "patterns": ["a"] } ] } ] }""")]
    [InlineData("""{ "groups": [ { "name": "g", "terms": [ { "label": "a", "patterns": [] }, { "label": "b", "patterns": ["b"] } ] } ] }""")]
    [InlineData("not json")]
    public void Given_a_malformed_framing_file_When_parsed_Then_a_format_error_says_what_is_wrong(string json) =>
        Assert.Throws<FormatException>(() => FramingLexicon.Parse(json));

    [Fact]
    public void Given_the_seed_corpus_and_the_shipped_framing_file_When_counted_Then_Daily_Sabah_says_Türkiye_and_the_others_say_Turkey()
    {
        var usages = Framing.Count(ComparisonCorpus.Seeds, FramingLexicon.Load(SeedLexiconPath));
        var turkiye = usages.Where(u => u.FramingGroup == "Turkey's name" && u.Term == "Türkiye").ToDictionary(u => u.Group);

        Assert.Equal(1.0, turkiye["Daily Sabah"].Share);
        Assert.True(turkiye["Daily Sabah"].Count >= 6, $"Türkiye used {turkiye["Daily Sabah"].Count} times");
        Assert.All(turkiye.Values.Where(u => u.Group != "Daily Sabah"), u => Assert.Equal(0, u.Count));

        var miqdad = usages.Single(u => u.Group == "Al-Watan (Syria)" && u.Term == "Miqdad");
        Assert.Equal(2, miqdad.Count); // "Al-Miqdad and Abdullahian" (title) and "Faisal Al-Miqdad", through the hyphen part
    }
}
