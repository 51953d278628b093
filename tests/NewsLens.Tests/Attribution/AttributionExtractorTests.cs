using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsLens.Attribution;
using NewsLens.Tests.Comparison;
using NewsLens.Text;

namespace NewsLens.Tests.Attribution;

public sealed class AttributionExtractorTests
{
    private static readonly AttributionExtractor Extractor = new();

    private static (SpeakerAttribution Attribution, TokenizedArticle Article) Only(string text)
    {
        var article = ComparisonCorpus.Single(text);
        var found = Extractor.Extract(article);
        Assert.Single(found);
        return (found[0], article);
    }

    private static string SpeakerText(SpeakerAttribution a, TokenizedArticle article) => article.Text[a.SpeakerStart..a.SpeakerEnd];

    [Fact]
    public void Given_X_said_that_When_extracted_Then_the_speaker_is_a_named_person_and_the_quote_is_the_reported_clause()
    {
        var (a, article) = Only("Turkish Foreign Minister Mevlut Cavusoglu has stated that the meeting is pending an invitation from Russia.");
        Assert.Equal("Turkish Foreign Minister Mevlut Cavusoglu", a.Speaker);
        Assert.Equal(a.Speaker, SpeakerText(a, article));
        Assert.Equal(SpeakerKind.Person, a.Kind);
        Assert.Equal("stated", a.Cue);
        Assert.False(a.IsDirectQuote);
        Assert.Equal("the meeting is pending an invitation from Russia", a.QuoteIn(article.Text));
    }

    [Fact]
    public void Given_according_to_X_at_the_end_When_extracted_Then_the_outlet_is_an_organisation_and_the_clause_is_what_precedes_it()
    {
        var (a, article) = Only("This included Turkey's military presence in northern Syria, according to Al-Watan.");
        Assert.Equal(("Al-Watan", SpeakerKind.Organisation, "according to"), (a.Speaker, a.Kind, a.Cue));
        Assert.Equal("This included Turkey's military presence in northern Syria", a.QuoteIn(article.Text));
    }

    [Fact]
    public void Given_X_reported_When_extracted_Then_an_all_capitals_agency_is_an_organisation()
    {
        var (a, article) = Only("And IRNA reported that the two ministers also reviewed the most important developments.");
        Assert.Equal(("IRNA", SpeakerKind.Organisation, "reported"), (a.Speaker, a.Kind, a.Cue));
        Assert.Equal("the two ministers also reviewed the most important developments", a.QuoteIn(article.Text));
    }

    [Fact]
    public void Given_sources_told_X_When_extracted_Then_the_sources_are_anonymous_and_the_clause_follows_that()
    {
        var (a, article) = Only("Turkish sources told Reuters on Monday that the meeting is imminent.");
        Assert.Equal(("Turkish sources", SpeakerKind.Anonymous, "told"), (a.Speaker, a.Kind, a.Cue));
        Assert.Equal("the meeting is imminent", a.QuoteIn(article.Text));
    }

    [Fact]
    public void Given_X_quoted_Y_as_saying_with_a_quotation_When_extracted_Then_Y_speaks_via_X_and_the_quote_is_the_text_inside_the_marks()
    {
        var (a, article) = Only("During Wednesday’s meeting, Syrian regime media quoted Foreign Minister Faisal Mekdad as saying that Syria and Türkiye “shared goals and common interests.”");
        Assert.Equal(("Foreign Minister Faisal Mekdad", SpeakerKind.Person, "Syrian regime media"), (a.Speaker, a.Kind, a.Via));
        Assert.Equal("quoted … as saying", a.Cue);
        Assert.True(a.IsDirectQuote);
        Assert.Equal("shared goals and common interests.", a.QuoteIn(article.Text));
    }

    [Fact]
    public void Given_X_reported_an_anonymous_official_as_saying_When_extracted_Then_the_official_is_the_anonymous_speaker_and_the_clause_precedes()
    {
        var (a, article) = Only("The four diplomats will discuss the situation in Syria, Reuters reported a senior Turkish official as saying.");
        Assert.Equal(("a senior Turkish official", SpeakerKind.Anonymous, "Reuters"), (a.Speaker, a.Kind, a.Via));
        Assert.Equal("The four diplomats will discuss the situation in Syria", a.QuoteIn(article.Text));
    }

    [Theory]
    [InlineData("“We are ready to meet,” Lavrov said.", "Lavrov", SpeakerKind.Person, "We are ready to meet,")]
    [InlineData("\"We are ready to meet,\" said the minister.", "the minister", SpeakerKind.Person, "We are ready to meet,")]
    [InlineData("\"This meeting is expected to be a continuation,\" the official said.", "the official", SpeakerKind.Anonymous, "This meeting is expected to be a continuation,")]
    public void Given_a_quotation_before_the_cue_When_extracted_Then_the_quote_is_the_text_inside_the_marks(string text, string speaker, SpeakerKind kind, string quote)
    {
        var (a, article) = Only(text);
        Assert.Equal((speaker, kind, true), (a.Speaker, a.Kind, a.IsDirectQuote));
        Assert.Equal(quote, a.QuoteIn(article.Text));
    }

    [Theory]
    [InlineData("Yesterday, a “Western” diplomatic source revealed to Al-Watan that consultations are continuing.", "a “Western” diplomatic source")]
    [InlineData("The source, who preferred not to be named, indicated that there is a convergence on several points.", "The source")]
    [InlineData("The deputy ministers will meet next week, Iranian and Turkish officials said on Tuesday.", "Iranian and Turkish officials")]
    [InlineData("Sources have indicated that the ministers may hold a meeting next week.", "Sources")]
    public void Given_an_unnamed_source_When_extracted_Then_it_is_anonymous_with_its_full_phrase(string text, string speaker)
    {
        var (a, article) = Only(text);
        Assert.Equal((speaker, SpeakerKind.Anonymous), (a.Speaker, a.Kind));
        Assert.Equal(speaker, SpeakerText(a, article));
    }

    [Fact]
    public void Given_a_scare_quoted_word_When_extracted_Then_it_is_not_taken_for_a_direct_quote()
    {
        var (a, article) = Only("The source pointed out that the possibilities of holding the “Quartet” are increasing.");
        Assert.Equal(("The source", "pointed out", false), (a.Speaker, a.Cue, a.IsDirectQuote));
        Assert.Equal("the possibilities of holding the “Quartet” are increasing", a.QuoteIn(article.Text));
    }

    [Fact]
    public void Given_an_appositive_When_extracted_Then_the_speaker_spans_both_names_and_is_classified_by_the_appositive()
    {
        var (a, _) = Only("The official Iranian News Agency, IRNA, said in a statement that a phone call took place.");
        Assert.Equal(("The official Iranian News Agency, IRNA", SpeakerKind.Organisation), (a.Speaker, a.Kind));
    }

    [Fact]
    public void Given_a_pronoun_after_a_named_speaker_When_extracted_Then_it_resolves_to_that_speaker()
    {
        var article = ComparisonCorpus.Single("Lavrov said the talks were useful. He added that more meetings would follow.");
        var found = Extractor.Extract(article);
        Assert.Equal(2, found.Length);
        Assert.Equal(("He", "Lavrov", SpeakerKind.Person, 1), (found[1].Speaker, found[1].ResolvedSpeaker, found[1].Kind, found[1].SentenceIndex));
        Assert.Equal("Lavrov", Extractor.SpeakerOf(article, article.Sentences[1]));
    }

    [Fact]
    public void Given_a_pronoun_with_no_earlier_speaker_When_extracted_Then_it_is_unresolved_and_SpeakerOf_returns_null()
    {
        var article = ComparisonCorpus.Single("He said that nothing had changed.");
        Assert.Equal(SpeakerKind.Unresolved, Assert.Single(Extractor.Extract(article)).Kind);
        Assert.Null(Extractor.SpeakerOf(article, article.Sentences[0]));
    }

    [Theory]
    [InlineData("Despite reservations expressed by the participating countries, the meeting went ahead.")]
    [InlineData("It was reported that the meeting went ahead.")]
    [InlineData("The guarantees that Damascus insisted on are still on the table.")]
    [InlineData("Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin spoke on the phone.")]
    [InlineData("Reports claimed that the talks failed, but the reports were denied.")]
    public void Given_a_sentence_without_a_speaker_When_extracted_Then_nothing_is_found(string text) =>
        Assert.Empty(Extractor.Extract(ComparisonCorpus.Single(text)));

    [Fact]
    public void Given_a_quotation_continuing_in_the_next_sentence_When_extracted_Then_it_is_attributed_to_the_same_speaker()
    {
        var article = ComparisonCorpus.Single("\"This meeting is expected to be a continuation of the talks,\" the official said. \"However, significant decisions are not expected.\"");
        var found = Extractor.Extract(article);
        Assert.Equal(2, found.Length);
        Assert.Equal(("the official", AttributionExtractor.ContinuedQuote, 1), (found[1].Speaker, found[1].Cue, found[1].SentenceIndex));
        Assert.Equal("However, significant decisions are not expected.", found[1].QuoteIn(article.Text));
    }

    [Fact]
    public void Given_an_actor_resolver_When_extracted_Then_speakers_it_knows_carry_its_actor_key()
    {
        var extractor = new AttributionExtractor(speaker => speaker.EndsWith("Cavusoglu", StringComparison.Ordinal) ? "mevlut_cavusoglu" : null);
        var article = ComparisonCorpus.Single("Cavusoglu stated that the meeting is imminent. Sources claim that it went well.");
        var found = extractor.Extract(article);
        Assert.Equal(new[] { "mevlut_cavusoglu", null }, found.Select(a => a.ActorKey).ToList());
    }

    [Fact]
    public void Given_the_seed_corpus_When_extracted_Then_offsets_cut_out_the_speaker_and_quotes_lie_inside_their_sentence()
    {
        foreach (var article in ComparisonCorpus.Seeds.Articles)
        {
            foreach (var a in Extractor.Extract(article).Where(a => a.Cue != AttributionExtractor.ContinuedQuote))
            {
                Assert.Equal(a.Speaker, article.Text[a.SpeakerStart..a.SpeakerEnd]);
                var sentence = article.Sentences[a.SentenceIndex];
                Assert.InRange(a.SpeakerStart, sentence.Start, sentence.End);
                if (a.QuoteStart is int start)
                {
                    Assert.InRange(start, sentence.Start, sentence.End);
                    Assert.InRange(a.QuoteEnd!.Value, start, sentence.End);
                }
            }
        }
    }

    [Fact]
    public void Given_the_seed_corpus_When_extracted_Then_the_known_sources_of_each_article_are_found()
    {
        var speakers = ComparisonCorpus.Seeds.Articles.ToDictionary(a => a.Id[..3], a => Extractor.Extract(a).Select(x => x.ResolvedSpeaker).ToHashSet());
        Assert.Contains("al-Modon", speakers["000"]);
        Assert.Contains("Turkish sources", speakers["000"]);
        Assert.Contains("the Russian Foreign Ministry", speakers["000"]);
        Assert.Contains("a senior Turkish official", speakers["001"]);
        Assert.Contains("pro-Syrian regime outlet Al Watan", speakers["001"]);
        Assert.Contains("Syrian Foreign Minister Faisal Mekdad", speakers["002"]);
        Assert.Contains("Lavrov", speakers["003"]);
        Assert.Contains("Turkish presidential spokesman Ibrahim Kalin", speakers["004"]);
        Assert.Contains("Anadolu Agency", speakers["004"]);
        Assert.Contains("Russian Deputy Foreign Minister Mikhail Bogdanov", speakers["004"]);
    }

    [Property(MaxTest = 200)]
    public Property Given_any_titled_name_and_cue_When_a_said_that_sentence_is_extracted_Then_the_whole_name_is_the_person_speaker()
    {
        var sentences = from title in Gen.Elements("Foreign Minister", "Deputy FM", "President", "Ambassador", "Turkish envoy")
                        from first in Gen.Elements("Faisal", "Sergey", "Mevlut", "Hakan", "Ibrahim")
                        from last in Gen.Elements("Mekdad", "Lavrov", "Fidan", "Kalin", "Bogdanov")
                        from cue in Gen.Elements("said", "stated", "stressed", "emphasized", "added", "announced", "told reporters")
                        from clause in Gen.Elements("the talks were useful", "progress was made", "the meeting would take place soon")
                        select (Speaker: $"{title} {first} {last}", Cue: cue, Clause: clause);
        return Prop.ForAll(sentences.ToArbitrary(), s =>
        {
            var article = ComparisonCorpus.Single($"{s.Speaker} {s.Cue} that {s.Clause}.");
            var found = Extractor.Extract(article);
            return found.Length == 1
                && found[0].Speaker == s.Speaker
                && found[0].Kind == SpeakerKind.Person
                && found[0].Cue == s.Cue.Split(' ')[0]
                && found[0].QuoteIn(article.Text) == s.Clause;
        });
    }
    [Fact]
    public void Given_according_to_X_at_the_start_When_extracted_Then_the_clause_is_what_follows_the_comma()
    {
        var (a, article) = Only("According to Reuters, the ministers will meet in Moscow next week.");
        Assert.Equal(("Reuters", SpeakerKind.Organisation, "according to"), (a.Speaker, a.Kind, a.Cue));
        Assert.Equal("the ministers will meet in Moscow next week", a.QuoteIn(article.Text));
    }

    [Fact]
    public void Given_straight_single_quotes_inside_an_anonymous_source_When_extracted_Then_the_phrase_keeps_them()
    {
        var (a, _) = Only("Yesterday, a 'Western' diplomatic source said that consultations are continuing.");
        Assert.Equal(("a 'Western' diplomatic source", SpeakerKind.Anonymous), (a.Speaker, a.Kind));
    }

    [Fact]
    public void Given_said_in_a_statement_that_When_extracted_Then_the_clause_starts_after_that()
    {
        var (a, article) = Only("The Russian Foreign Ministry said in a statement that the talks were constructive.");
        Assert.Equal(("The Russian Foreign Ministry", SpeakerKind.Organisation), (a.Speaker, a.Kind));
        Assert.Equal("the talks were constructive", a.QuoteIn(article.Text));
    }
}
