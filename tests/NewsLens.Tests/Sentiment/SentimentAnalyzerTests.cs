using NewsLens.Corpora;
using NewsLens.Text;
using NewsLens.Sentiment;
using NewsLens.Sentiment.Process;

namespace NewsLens.Tests.Sentiment;

public class SentimentAnalyzerTests
{
    private static readonly SentimentAnalysis Analysis = new SentimentAnalyzer().Analyze(TestCorpus.Small());

    [Fact]
    public void Given_the_seeds_When_scored_Then_every_sentence_file_span_slices_the_original_file_back_to_its_text()
    {
        var corpus = CorpusReader.Read(TestCorpora.Seeds).Tokenize();
        var analysis = new SentimentAnalyzer().Analyze(corpus);

        Assert.NotEmpty(analysis.Sentences);
        foreach (var sentence in analysis.Sentences)
        {
            var file = File.ReadAllText(Path.Combine(TestCorpora.Seeds, sentence.ArticleId + ".txt"));
            var (start, end) = sentence.FileSpan;
            Assert.Equal(sentence.Text, file[start..end]);
        }
    }

    [Fact]
    public void Given_the_seeds_and_their_story_When_stance_is_asked_per_article_Then_it_equals_the_stance_sentences_of_the_whole_analysis()
    {
        var corpus = CorpusReader.Read(TestCorpora.Seeds).Tokenize();
        var story = NewsLens.Stories.Story.Find(TestCorpora.Seeds)!;
        var actors = story.LoadActors();
        var analyzer = new SentimentAnalyzer(stance: story.LoadStanceLexicon(), process: story.Process, actors: actors);
        var matcher = new NewsLens.Mentions.MentionMatcher(actors);

        var expected = analyzer.Analyze(corpus).StanceSentences
            .Select(s => $"{s.ArticleId}#{s.Index} {s.TargetMatch} {s.Stance!.Compound} {s.StanceLabel()} {s.Hedging} {s.Speaker}").ToList();
        var perArticle = corpus.Articles.SelectMany(a => analyzer.StanceOf(a).Select((s, i) => (a, i, s)));
        var withMentions = corpus.Articles.SelectMany(a => analyzer.StanceOf(a, matcher.Find(a)).Select((s, i) => (a, i, s)));

        Assert.True(expected.Count > 5, $"{expected.Count} stance sentences");
        foreach (var found in new[] { perArticle, withMentions })
        {
            Assert.Equal(expected, found.Where(f => f.s is not null).Select(f => $"{f.a.Id}#{f.i} {f.s!.Target} {f.s.Stance.Compound} {f.s.Label} {f.s.Hedging} {f.s.Speaker}"));
        }
    }

    [Fact]
    public void Given_Corpus_When_Analyzed_Then_EverySentenceHasGeneralSentimentAndOnlyTargetSentencesHaveStance()
    {
        Assert.Equal(8, Analysis.Sentences.Length);
        // five name the process; "It was a terrible day ..." opens by referring back to the sentence before it
        Assert.Equal(6, Analysis.StanceSentences.Count());
        Assert.Equal(ProcessRule.Continuation, Assert.Single(Analysis.StanceSentences, s => s.Text.StartsWith("It was", StringComparison.Ordinal)).Why!.Rule);
        Assert.All(Analysis.Sentences.Where(s => !s.IsAboutTarget), s => Assert.Null(s.Stance));
        Assert.DoesNotContain(Analysis.StanceSentences, s => s.Text.Contains("weather", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_DomainPhrases_When_Scored_Then_MultiWordEntriesMatchAsOneItemWithEvidence()
    {
        var sentence = Analysis.StanceSentences.First();

        var phrase = Assert.Single(sentence.Stance!.Words, w => w.Text == "positive and constructive");
        Assert.Equal(2.6, phrase.Valence, 1e-9);
        Assert.Equal("positive", sentence.StanceLabel());
        Assert.Equal("Foreign Minister Cavusoglu", sentence.Speaker);
    }

    [Fact]
    public void Given_HedgedSentence_When_Scored_Then_HedgingIsSeparateFromPolarity()
    {
        var sentence = Analysis.StanceSentences.Single(s => s.Text.Contains("roadmap", StringComparison.Ordinal));

        Assert.Equal(0.6, sentence.Hedging, 1e-9);
        Assert.True(sentence.IsHedged());
        Assert.Equal(0, sentence.Stance!.Words.Single(w => w.IsHedge).Valence);
        Assert.True(sentence.Stance.Compound < 0, "strong opposition");
        Assert.Equal("Al-Watan", sentence.Speaker);
    }

    [Fact]
    public void Given_TopicWordWithVaderValence_When_StanceScored_Then_DomainLexiconNeutralisesIt()
    {
        var analysis = new SentimentAnalyzer().Analyze(TestCorpus.Small().Articles.Take(0));
        var (stance, _) = new SentimentAnalyzer().ScoreStance("The normalisation talks covered the war and the refugee crisis.");
        var general = new SentimentScorer().ScoreSentence("The normalisation talks covered the war and the refugee crisis.");

        Assert.Empty(analysis.Sentences);
        Assert.Equal(0, stance.Compound);
        Assert.True(general.Compound < -0.5);
    }

    [Fact]
    public void Given_SameSentencesUnderDifferentLabels_When_Aggregated_Then_IntervalsAreIdentical()
    {
        // Eight sentences of varied sentiment: enough that the 95% interval depends on the seed (with three, both ends are
        // the extreme sentence scores whatever the seed). "a1" is alone in its outlet and its region; "b1" is a copy of it
        // under other names, so all four groups below are the same sample.
        const string text = "The talks were a great success. The meeting was a disaster. Officials were hopeful. "
            + "The ministers met in Moscow. Critics called the deal a betrayal. The two sides praised the good progress. "
            + "Refugees fear the worst. The atmosphere was warm and friendly.";
        var analysis = new SentimentAnalyzer().Analyze(Corpus.FromArticles(
        [
            TestCorpus.Article("a1", "Alpha News", "2023-03", text),
            TestCorpus.Article("b1", "Beta Times", "2023-03", text),
        ]).Tokenize());

        foreach (var measure in Enum.GetValues<SentimentMeasure>())
        {
            var byOutlet = analysis.Aggregate("outlet").Single(a => a.Group == "Alpha News" && a.Measure == measure);
            var byArticle = analysis.Aggregate("article").Single(a => a.Group == "a1" && a.Measure == measure);
            var byRegion = analysis.Aggregate("region").Single(a => a.Group == "east" && a.Measure == measure);
            var byOtherName = analysis.Aggregate("outlet").Single(a => a.Group == "Beta Times" && a.Measure == measure);
            Assert.All([byArticle, byRegion, byOtherName], other => Assert.Equal((byOutlet.Mean, byOutlet.Lower, byOutlet.Upper), (other.Mean, other.Lower, other.Upper)));
        }

        // Pinned for the default seed (re-pinned when the seed became a combination of per-sentence hashes, so a streamed
        // run keeps one number per sentence instead of its text): a change of seeding or resampling moves them.
        var general = analysis.Aggregate("outlet").Single(a => a.Group == "Alpha News" && a.Measure == SentimentMeasure.General);
        Assert.Equal(8, general.Sentences);
        Assert.Equal(0.081549479806139, general.Mean, 12);
        Assert.Equal(-0.366774022327261, general.Lower, 12);
        Assert.Equal(0.524044813207226, general.Upper, 12);
    }

    [Fact]
    public void Given_Aggregation_When_ByOutlet_Then_MeansCountsAndIntervalsAreConsistentAndDeterministic()
    {
        var first = Analysis.Aggregate("outlet");
        var second = new SentimentAnalyzer().Analyze(TestCorpus.Small()).Aggregate("outlet");

        Assert.Equal(first.ToArray(), second.ToArray());
        var alphaStance = first.Single(a => a.Group == "Alpha News" && a.Measure == SentimentMeasure.Stance);
        Assert.Equal(3, alphaStance.Sentences);
        Assert.Equal(2, alphaStance.Articles);
        Assert.Equal("mixed", alphaStance.Date);
        var expectedMean = Analysis.StanceSentences.Where(s => s.Outlet == "Alpha News").Average(s => s.Stance!.Compound);
        Assert.Equal(expectedMean, alphaStance.Mean, 1e-12);
        Assert.InRange(alphaStance.Mean, alphaStance.Lower, alphaStance.Upper);
        Assert.True(alphaStance.Upper > alphaStance.Lower);
    }

    [Fact]
    public void Given_Aggregation_When_ByDocumentVariableOrArticle_Then_GroupsFollowIt()
    {
        Assert.Equal(["east", "west"], Analysis.Aggregate("region").Select(a => a.Group).Distinct().Order().ToArray());
        Assert.Equal(["a1", "a2", "a3"], Analysis.Aggregate("article").Select(a => a.Group).Distinct().ToArray());
    }

    [Fact]
    public void Given_Aggregate_When_EvidenceListed_Then_ItsSentencesAreExactlyThoseBehindTheMean()
    {
        var aggregate = Analysis.Aggregate("outlet").Single(a => a.Group == "Beta Times" && a.Measure == SentimentMeasure.Stance);

        var evidence = Analysis.Evidence("outlet", "Beta Times", SentimentMeasure.Stance);

        Assert.Equal(aggregate.Sentences, evidence.Length);
        Assert.Equal(aggregate.Mean, evidence.Average(s => s.Stance!.Compound), 1e-12);
        Assert.True(Math.Abs(evidence[0].Stance!.Compound) >= Math.Abs(evidence[^1].Stance!.Compound));
        var table = Analysis.EvidenceTable("outlet", "Beta Times", SentimentMeasure.Stance);
        Assert.Contains(table.Rows, r => ((string)r[4]!).Contains("landmark", StringComparison.Ordinal));
        Assert.Contains(table.Rows, r => ((string)r[4]!).Contains("failed", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_AggregateTable_When_Built_Then_OneRowPerGroupWithIntervals()
    {
        var table = Analysis.AggregateTable("outlet");

        Assert.Equal(2, table.Rows.Length);
        Assert.Equal("outlet", table.Columns[0]);
        Assert.Contains("stance_low", table.Columns);
        Assert.Contains("hedging_high", table.Columns);
    }

    [Fact]
    public void Given_CustomSpeakerResolver_When_Analyzing_Then_ItIsUsedForStanceSentences()
    {
        var analyzer = new SentimentAnalyzer(options: new SentimentOptions { Speaker = (article, sentence) => $"{article.Id}:{sentence.FirstToken}" });

        var analysis = analyzer.Analyze(TestCorpus.Small());

        Assert.All(analysis.StanceSentences, s => Assert.StartsWith(s.ArticleId + ":", s.Speaker, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_OtherTargets_When_Configured_Then_OnlyThoseSentencesAreStanceSentences()
    {
        var analyzer = new SentimentAnalyzer(stance: StanceLexicon.Default.WithTargets(["weather"]));

        var analysis = analyzer.Analyze(TestCorpus.Small());

        Assert.Equal("The weather was fine.", Assert.Single(analysis.StanceSentences).Text);
    }

    [Fact]
    public void Given_Seeds_When_Analyzed_Then_EveryArticleHasStanceSentencesAndOneArticlePerOutlet()
    {
        var analysis = new SentimentAnalyzer().Analyze(TestCorpus.Seeds());

        var byOutlet = analysis.Aggregate("outlet").Where(a => a.Measure == SentimentMeasure.Stance).ToList();
        Assert.Equal(5, byOutlet.Count);
        Assert.All(byOutlet, a => Assert.Equal(1, a.Articles));
        Assert.All(byOutlet, a => Assert.True(a.Sentences >= 2));
    }

    [Fact]
    public void Given_OneArticlePerGroup_When_SampleNote_Then_SaysSoPlainly()
    {
        var byArticle = Analysis.SampleNote("article");
        var byOutlet = Analysis.SampleNote("outlet");

        Assert.StartsWith("3 articles, 8 sentences, 6 about the target, in 3 article groups.", byArticle, StringComparison.Ordinal);
        Assert.Contains("Every article group rests on a single article", byArticle, StringComparison.Ordinal);
        Assert.Contains("1 of 2 groups rest on a single article", byOutlet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The normalisation talks will resume in May.", 0)]
    [InlineData("The normalisation talks may resume next week.", 0.6)]
    [InlineData("Talks on the roadmap may possibly resume, but it is not yet confirmed.", 1)]
    public void Given_HedgeCues_When_Scored_Then_CapitalisedMonthIsNotAHedgeAndScoreCapsAtOne(string sentence, double hedging)
    {
        Assert.Equal(hedging, new SentimentAnalyzer().ScoreStance(sentence).Hedging, 1e-9);
    }

    [Fact]
    public void Given_an_outlet_without_scorable_sentences_When_aggregated_Then_it_is_kept_with_no_sentences_and_empty_means()
    {
        var corpus = NewsLens.Corpora.Corpus.FromArticles(
        [
            TestCorpus.Article("a1", "Alpha News", "2023-03", "The talks were good."),
            TestCorpus.Article("q1", "Quiet Post", "2023-04", "!!! ???"),
        ]).Tokenize();

        var analysis = new SentimentAnalyzer().Analyze(corpus);
        var quiet = analysis.Aggregate("outlet").Where(a => a.Group == "Quiet Post").ToList();

        Assert.Equal(3, quiet.Count); // general, stance, hedging
        Assert.All(quiet, a => Assert.Equal((0, 0, "2023-04"), (a.Sentences, a.Articles, a.Date)));
        Assert.All(quiet, a => Assert.True(double.IsNaN(a.Mean)));
        var row = analysis.AggregateTable("outlet").Rows.Single(r => (string?)r[0] == "Quiet Post");
        Assert.Equal(["Quiet Post", 0, 0, null, null, null, 0, null, null, null, null, null, null], row.ToArray());
        Assert.StartsWith("2 articles, 1 sentences", analysis.SampleNote("outlet"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_variable_no_article_has_When_aggregated_Then_it_throws_naming_it()
    {
        var e = Assert.Throws<NewsLens.Corpora.UnknownVariableException>(() => Analysis.Aggregate("nosuchvar"));
        Assert.Contains("\"nosuchvar\"", e.Message, StringComparison.Ordinal);
        Assert.Equal(["all"], Analysis.Aggregate("corpus").Select(a => a.Group).Distinct().ToArray());
    }
}
