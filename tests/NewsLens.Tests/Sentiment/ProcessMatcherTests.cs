using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsLens.Mentions;
using NewsLens.Sentiment.Process;
using NewsLens.Stories;
using NewsLens.Text;

namespace NewsLens.Tests.Sentiment;

/// <summary>
/// Which sentences are about a process. The story here is made up (Norland and Sudmark, capitals Nordby and Sudby,
/// a third country Westria) so that nothing depends on the seed story.
/// </summary>
public sealed class ProcessMatcherTests
{
    private static readonly ActorDictionary Actors = ActorDictionary.Parse("""
        { "actors": [
          { "key": "norland", "name": "Norland", "kind": "country", "aliases": ["Norland"], "demonyms": ["Norlandic"], "metonyms": ["Nordby"] },
          { "key": "sudmark", "name": "Sudmark", "kind": "country", "aliases": ["Sudmark"], "demonyms": ["Sudmarkian"], "metonyms": ["Sudby"] },
          { "key": "westria", "name": "Westria", "kind": "country", "aliases": ["Westria"], "metonyms": ["Westby"] },
          { "key": "olsen", "name": "Kari Olsen", "kind": "person", "aliases": ["Kari Olsen", "Olsen"], "state": "norland" }
        ] }
        """, "test actors");

    private static readonly ProcessDefinition Process = new(
        "Norland–Sudmark rapprochement",
        "rapprochement",
        ["norland", "sudmark"],
        ["rapprochement", "restore ties", "normalis*"],
        ["talks", "meeting"],
        ["the next step"]);

    private static readonly ProcessMatcher Matcher = new(Process, new MentionMatcher(Actors));

    private static ImmutableArray<ProcessMatch?> Match(string text) =>
        Matcher.Match(new TokenizedArticle(TestCorpora.Article(text)));

    [Theory]
    [InlineData("Diplomats urged them to restore ties between Norland and Sudmark.", "restore ties")]
    [InlineData("Diplomats urged Norland and Sudmark to restore their ties.", "restore their ties")]
    [InlineData("Diplomats urged Norland and Sudmark to restore full diplomatic ties.", "restore full diplomatic ties")]
    public void Given_words_between_the_words_of_a_pattern_When_matched_Then_the_relation_still_matches(string text, string words)
    {
        var match = Assert.Single(Match(text));

        Assert.Equal(new ProcessMatch(ProcessRule.Relation, words), match);
    }

    [Theory]
    [InlineData("They will restore, the envoy said, ties with Norland and Sudmark.")]
    [InlineData("They will restore their old trade and ties with Norland.")]
    public void Given_a_clause_break_or_too_long_a_gap_When_matched_Then_the_pattern_does_not_match(string text)
    {
        Assert.Null(Assert.Single(Match(text)));
    }

    [Fact]
    public void Given_a_relation_about_another_pair_When_matched_Then_the_sentence_is_not_about_the_process()
    {
        var matches = Match("Norland and Sudmark held talks on rapprochement. It is thought Westby will next be normalising ties with Sudby.");

        Assert.Equal(ProcessRule.Relation, matches[0]!.Rule);
        Assert.Null(matches[1]);
    }

    [Fact]
    public void Given_a_relation_after_a_demonstrative_When_its_clause_names_another_country_Then_it_refers_back_to_the_process()
    {
        var matches = Match("Norland and Sudmark held talks on rapprochement. Westria has no interest in this rapprochement.");

        Assert.Equal(ProcessRule.Relation, matches[1]!.Rule);
    }

    [Fact]
    public void Given_an_article_about_the_process_When_matched_Then_events_references_participants_and_continuations_count_with_their_rule()
    {
        var matches = Match(
            "Nordby and Sudby agreed on rapprochement. " +
            "The meeting ended late. " +
            "It was tense. " +
            "They agreed to take the next step. " +
            "Norlandic troops remain in Sudmark. " +
            "Prices rose this month. " +
            "The weather was fine.");

        Assert.Equal(
            [ProcessRule.Relation, ProcessRule.EventInContext, ProcessRule.Continuation, ProcessRule.Reference, ProcessRule.Participants, null, null],
            matches.Select(m => m?.Rule));
        Assert.Equal("It", matches[2]!.Words);
    }

    [Fact]
    public void Given_an_article_not_about_the_process_When_an_event_word_has_no_participant_Then_it_is_not_counted()
    {
        var matches = Match("The board meeting ended late. It was tense.");

        Assert.All(matches, Assert.Null);
    }

    [Fact]
    public void Given_an_event_with_a_participant_named_through_a_person_When_matched_Then_it_counts_and_says_who()
    {
        var match = Assert.Single(Match("Olsen said the talks went well."));

        Assert.Equal(ProcessRule.EventWithParticipant, match!.Rule);
        Assert.Equal("talks + Olsen", match.Words);
        Assert.Equal("event + participant: talks + Olsen", match.ToString());
    }

    [Fact]
    public void Given_no_actor_dictionary_When_matched_Then_relations_alone_decide()
    {
        var matcher = new ProcessMatcher(ProcessDefinition.FromTargets(["ceasefire"]));

        var matches = matcher.Match(new TokenizedArticle(TestCorpora.Article("The ceasefire held. Markets rose.")));

        Assert.Equal([ProcessRule.Relation, null], matches.Select(m => m?.Rule));
    }

    [Property(MaxTest = 200)]
    public Property Given_up_to_MaxGap_filler_words_When_matched_Then_a_two_word_pattern_matches_and_beyond_it_does_not()
    {
        var fillers = Gen.Elements("their", "full", "old", "formal", "diplomatic", "many", "trade");
        return Prop.ForAll(
            Gen.Choose(0, ProcessPattern.MaxGap + 2).SelectMany(n => Gen.ArrayOf(fillers, n)).ToArbitrary(),
            gap =>
            {
                var words = new[] { "they", "restore" }.Concat(gap).Concat(["ties", "now"]).ToList();
                var hit = ProcessPattern.Parse("restore ties").FindIn(words, [.. words.Select(_ => false)]);
                return (hit is not null) == (gap.Length <= ProcessPattern.MaxGap);
            });
    }
}
