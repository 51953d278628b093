using NewsLens.Mentions;

namespace NewsLens.Tests.Mentions;

/// <summary>The context rules on a story that is not the seeds', so they are seen to be general.</summary>
public sealed class MentionRulesTests
{
    private static readonly ActorDictionary Actors = ActorDictionary.Parse("""
        {"actors": [
          {"key": "ukraine", "kind": "country", "aliases": ["Ukraine"], "demonyms": ["Ukrainian", "Ukrainians"], "metonyms": ["Kyiv"]},
          {"key": "poland", "kind": "country", "aliases": ["Poland"], "demonyms": ["Polish", "Poles", "Pole"], "metonyms": ["Warsaw"]},
          {"key": "un", "kind": "organisation", "aliases": ["UN", "United Nations"]},
          {"key": "zelensky", "kind": "person", "state": "ukraine", "titles": ["president"], "aliases": ["Volodymyr Zelensky", "Zelensky"]},
          {"key": "kuleba", "kind": "person", "state": "ukraine", "titles": ["foreign minister"], "aliases": ["Dmytro Kuleba", "Kuleba"]},
          {"key": "kyiv", "kind": "place", "aliases": ["Kyiv"]}
        ]}
        """);

    private static List<Mention> Counted(string text) =>
        [.. TestCorpora.Tokenized(text).FindMentions(Actors).Where(m => m.Counted)];

    [Theory]
    [InlineData("KYIV: Talks began.", "dateline")]
    [InlineData("Leaders gathered in Kyiv on Monday.", "locative 'in'")]
    [InlineData("The Kyiv summit ended.", "attributive 'summit'")]
    [InlineData("They met at the Kyiv conference.", "locative 'at the'")]
    public void Given_a_capital_where_something_happens_When_matched_Then_it_counts_for_the_place_not_the_state(string text, string rule)
    {
        var mentions = TestCorpora.Tokenized(text).FindMentions(Actors);

        var place = Assert.Single(mentions, m => m.ActorKey == "kyiv");
        var state = Assert.Single(mentions, m => m.ActorKey == "ukraine");
        Assert.True(place.Counted);
        Assert.False(state.Counted);
        Assert.Equal("venue: " + rule, state.Rule);
    }

    [Theory]
    [InlineData("Kyiv said it would not sign.")]
    [InlineData("Warsaw and Kyiv agreed on grain.")]
    [InlineData("They rejected Kyiv's demands.")]
    public void Given_a_capital_that_acts_When_matched_Then_it_counts_for_the_state(string text)
    {
        var kyiv = Counted(text).Where(m => m.MatchedText == "Kyiv").ToList();

        Assert.Equal("ukraine", Assert.Single(kyiv).ActorKey);
    }

    [Theory]
    [InlineData("Millions of Ukrainians fled.", "demonym: people (plural)")]
    [InlineData("Ukrainian refugees arrived.", "demonym: people ('refugees')")]
    public void Given_a_demonym_for_people_When_matched_Then_it_is_not_the_state(string text, string rule)
    {
        var mention = Assert.Single(TestCorpora.Tokenized(text).FindMentions(Actors));

        Assert.False(mention.Counted);
        Assert.Equal(rule, mention.Rule);
    }

    [Fact]
    public void Given_a_state_in_a_persons_title_When_counted_Then_the_person_is_one_reference_and_the_state_a_link()
    {
        var mentions = TestCorpora.Tokenized("Ukrainian Foreign Minister Dmytro Kuleba spoke.").FindMentions(Actors);

        Assert.Equal(["kuleba"], mentions.Where(m => m.Counted).Select(m => m.ActorKey));
        Assert.All(mentions.Where(m => m.ActorKey == "ukraine"), m => Assert.False(m.Counted));
        Assert.Contains(mentions, m => m.Rule == "linked: in the title of kuleba");
    }

    [Theory]
    [InlineData("Ukraine's president flew home.", "zelensky")]
    [InlineData("The Ukrainian foreign minister flew home.", "kuleba")]
    public void Given_a_title_without_a_name_When_one_office_holder_is_recorded_Then_it_is_that_person(string text, string person)
    {
        var mention = Assert.Single(Counted(text));

        Assert.Equal((person, MentionKind.Title), (mention.ActorKey, mention.Kind));
    }

    [Fact]
    public void Given_a_plural_office_When_matched_Then_no_person_is_resolved_and_the_state_counts()
    {
        var mentions = Counted("The Ukrainian and Polish foreign ministers met.");

        Assert.Equal(["ukraine", "poland"], mentions.Select(m => m.ActorKey));
    }

    [Fact]
    public void Given_a_lower_case_text_When_an_all_caps_acronym_is_an_alias_Then_the_common_word_does_not_match()
    {
        Assert.Empty(Counted("let us go. the un said no."));
        Assert.Equal(["un"], Counted("The UN said no.").Select(m => m.ActorKey));
    }

    [Fact]
    public void Given_any_match_When_found_Then_it_keeps_the_rule_that_made_it()
    {
        var mentions = TestCorpora.Tokenized("Zelensky met Polish officials in Warsaw. Kyiv said yes.").FindMentions(Actors);

        Assert.All(mentions, m => Assert.False(string.IsNullOrEmpty(m.Rule)));
        Assert.Equal(
            ["alias", "linked: the state of zelensky", "demonym", "venue: locative 'in'", "linked: the capital stands for its state", "metonym: the state acts"],
            mentions.Select(m => m.Rule));
    }
}
