using NewsLens.Corpora;
using NewsLens.Mentions;
using NewsLens.Text;
using Xunit.Abstractions;

namespace NewsLens.Tests.Mentions;

public sealed class MentionEvaluationTests(ITestOutputHelper log)
{
    private static string GoldPath => Path.Combine(TestCorpora.RepositoryRoot, "tests", "NewsLens.Tests", "Data", "MentionsGold", "seeds-gold.tsv");

    [Fact]
    public void Given_the_blind_hand_count_of_the_seeds_When_default_mentions_are_evaluated_Then_precision_and_recall_reach_0_95()
    {
        var actors = ActorDictionary.Load(Path.Combine(TestCorpora.Seeds, "resources", "actors.json"));
        var result = CorpusReader.Read(TestCorpora.Seeds).Tokenize().CountMentions(actors);

        var evaluation = MentionEvaluation.Evaluate(result, MentionEvaluation.ReadGold(GoldPath));

        log.WriteLine(evaluation.Summary);
        foreach (var line in MentionEvaluation.Details(evaluation, result))
        {
            log.WriteLine(line);
        }

        Assert.Empty(evaluation.NotInText);
        Assert.True(evaluation.Precision >= 0.95 && evaluation.Recall >= 0.95, evaluation.Summary);
    }

    [Fact]
    public void Given_a_gold_row_When_its_context_occurs_twice_Then_the_occurrence_number_picks_the_passage()
    {
        var gold = new GoldMention("a", "in Moscow", 2, "Moscow", "moscow", "venue", 2);

        var located = MentionEvaluation.Locate(gold, "met in Moscow and stayed in Moscow.");

        Assert.Equal(new LocatedGold(gold, 28, 34), located);
    }

    [Fact]
    public void Given_one_true_and_one_false_mention_When_evaluated_Then_precision_is_one_half_and_recall_one()
    {
        var actors = ActorDictionary.Parse("""{"actors": [{"key": "x", "kind": "country", "aliases": ["Xland"], "demonyms": ["Xish"]}]}""");
        var corpus = Corpus.FromArticles([TestCorpora.Article("Xland met. Xish food.", "d")]).Tokenize();
        var result = corpus.CountMentions(actors);

        var evaluation = MentionEvaluation.Evaluate(result, [new GoldMention("d", "Xland met", 1, "Xland", "x", "name", 2)]);

        Assert.Equal(0.5, evaluation.Precision);
        Assert.Equal(1.0, evaluation.Recall);
    }
}
