using Microsoft.Data.Analysis;
using NewsLens.Mentions;
using NewsLens.Text;

namespace NewsLens.Tests.Mentions;

public sealed class MentionCountsTests
{
    // Outlet A: two articles (5 + 6 words), outlet B: one article (6 words: the possessive 's is not a word).
    private static readonly TokenizedCorpus Corpus = MentionTestData.Corpus(
        ("a1", "Outlet A", "Turkey and Syria talked today."),
        ("a2", "Outlet A", "Cavusoglu went to Ankara. Iran waited."),
        ("b1", "Outlet B", "The Turkish minister praised Turkey's role."));

    [Fact]
    public void Given_two_outlets_When_counted_by_outlet_Then_counts_rates_and_document_frequency_are_per_outlet()
    {
        var counts = Corpus.CountMentions(MentionTestData.SeedActors).By("outlet");

        Assert.Equal(["Outlet A", "Outlet B"], counts.Groups.Select(g => g.Name));
        Assert.Equal([11, 6], counts.Groups.Select(g => g.Words));

        // Turkey: A = "Turkey" (direct) + Ankara (metonym, counted) + Cavusoglu (person-state: linked, not counted);
        // B = "Turkish" (demonym, counted) + "Turkey" (direct).
        var turkeyA = counts["Outlet A", "turkey"];
        Assert.Equal((1, 1, 1, 2, 2), (turkeyA.Direct, turkeyA.Indirect, turkeyA.Linked, turkeyA.Total, turkeyA.Documents));
        Assert.Equal(2 * 1000.0 / 11, turkeyA.RatePer1000, 9);
        Assert.Equal(1 * 1000.0 / 11, turkeyA.DirectRatePer1000, 9);
        Assert.Equal(1.0, turkeyA.DocumentShare);
        var turkeyB = counts["Outlet B", "turkey"];
        Assert.Equal((1, 1, 0, 2, 1), (turkeyB.Direct, turkeyB.Indirect, turkeyB.Linked, turkeyB.Total, turkeyB.Documents));

        // Iran only in A: B still gets a zero row so tables and charts are complete.
        Assert.Equal(0, counts["Outlet B", "iran"].Total);
        Assert.Equal(0.5, counts["Outlet A", "iran"].DocumentShare);
        Assert.Equal("turkey", counts.Actors[0].Key);
    }

    [Fact]
    public void Given_actors_in_one_sentence_When_counted_Then_co_mentions_are_sentence_pairs_but_one_name_is_not_a_pair_with_its_own_link()
    {
        var counts = Corpus.CountMentions(MentionTestData.SeedActors).By("outlet");

        Assert.Equal(1, counts.CoMentionsOf("turkey", "syria"));
        Assert.Equal(1, counts.CoMentionsOf("syria", "turkey"));

        // "Cavusoglu went to Ankara." pairs Cavusoglu with Turkey through Ankara; "Cavusoglu" alone would not.
        Assert.Equal(1, counts.CoMentionsOf("cavusoglu", "turkey"));
        Assert.Equal(0, counts.CoMentionsOf("iran", "cavusoglu"));
        var alone = MentionTestData.Corpus(("x", "X", "Cavusoglu spoke.")).CountMentions(MentionTestData.SeedActors).By("outlet");
        Assert.Empty(alone.CoMentions);
    }

    [Fact]
    public void Given_direct_only_When_counted_Then_linked_mentions_are_gone()
    {
        var counts = Corpus.CountMentions(MentionTestData.SeedActors).DirectOnly().By("outlet");

        Assert.All(counts.Counts, c => Assert.Equal(0, c.Linked));
        Assert.Equal(1, counts["Outlet A", "turkey"].Total);
        Assert.Equal(0, counts.CoMentionsOf("cavusoglu", "turkey"));
    }

    [Fact]
    public void Given_by_article_and_corpus_When_counted_Then_groups_are_articles_or_the_whole_corpus()
    {
        var result = Corpus.CountMentions(MentionTestData.SeedActors);

        Assert.Equal(["a1", "a2", "b1"], result.By(MentionResult.ByArticle).Groups.Select(g => g.Name));
        var total = result.Total();
        Assert.Equal(17, Assert.Single(total.Groups).Words);
        // Turkey, Ankara, Turkish, Turkey's; Cavusoglu's Turkey is a link, not counted.
        Assert.Equal(4, total["all", "turkey"].Total);
        Assert.Equal(1, total["all", "turkey"].Linked);
        Assert.Equal(3, total["all", "turkey"].Documents);
    }

    [Fact]
    public void Given_counts_When_turned_into_a_table_and_data_frame_Then_numbers_stay_numeric()
    {
        var counts = Corpus.CountMentions(MentionTestData.SeedActors).By("outlet");

        var table = counts.ToTable();
        Assert.Equal(["outlet", "actor", "kind", "direct", "indirect", "linked", "mentions", "per_1000_words", "direct_per_1000", "documents", "group_documents", "group_words"], table.Columns.ToArray());
        var frame = counts.ToDataFrame();
        Assert.Equal(counts.Counts.Length, frame.Rows.Count);
        Assert.IsType<Int32DataFrameColumn>(frame["mentions"]);
        Assert.IsType<DoubleDataFrameColumn>(frame["per_1000_words"]);
        Assert.Equal(["outlet", "actor_a", "actor_b", "sentences"], counts.CoMentionTable().Columns.ToArray());
    }

    [Fact]
    public void Given_mentions_When_shown_in_context_and_by_naming_Then_lines_and_written_forms_come_from_the_text()
    {
        var result = MentionTestData.Corpus(
                ("d", "Daily", "Türkiye met the Assad regime. Türkiye left."),
                ("n", "News", "Turkey met the Syrian government."))
            .CountMentions(MentionTestData.SeedActors);

        var lines = result.InContext("turkey", window: 2);
        Assert.Equal(3, lines.Length);
        Assert.Equal(("", "Türkiye", "met the"), (lines[0].Left, lines[0].Match, lines[0].Right));
        Assert.Equal(("regime.", "Türkiye", "left."), (lines[1].Left, lines[1].Match, lines[1].Right));

        var naming = result.Naming("outlet");
        Assert.Contains(new NamingVariant("Daily", "turkey", "Turkey", "Türkiye", MentionKind.Alias, 2), naming);
        Assert.Contains(new NamingVariant("News", "turkey", "Turkey", "Turkey", MentionKind.Alias, 1), naming);
        Assert.Contains(new NamingVariant("Daily", "syria", "Syria", "Assad regime", MentionKind.Alias, 1), naming);
        Assert.Contains(new NamingVariant("News", "syria", "Syria", "Syrian government", MentionKind.Alias, 1), naming);
    }

    [Fact]
    public void Given_the_seed_corpus_When_counted_by_outlet_Then_each_outlet_is_a_group_with_its_words()
    {
        var counts = MentionTestData.SeedCorpus.CountMentions(MentionTestData.SeedActors).By("outlet");

        Assert.Equal(5, counts.Groups.Length);
        Assert.Equal(MentionTestData.SeedCorpus.Articles.Sum(a => a.WordCount), counts.Groups.Sum(g => g.Words));
        Assert.Equal("syria", counts.Actors[0].Key);

        // Daily Sabah calls Turkey "Türkiye" (7 times) and never "Turkey"; the other outlets write "Turkey".
        var naming = MentionTestData.SeedCorpus.CountMentions(MentionTestData.SeedActors).Naming("outlet");
        Assert.Contains(naming, v => v.Group == "Daily Sabah" && v.Written == "Türkiye" && v.Count == 7);
        Assert.DoesNotContain(naming, v => v.Group == "Daily Sabah" && v.Written == "Turkey");
    }

    [Fact]
    public void Given_the_seed_corpus_When_Syria_naming_is_pivoted_by_outlet_Then_regime_forms_and_plain_Syria_are_side_by_side()
    {
        var pivot = MentionTestData.SeedCorpus.CountMentions(MentionTestData.SeedActors).NamingPivot("syria");

        Assert.Equal("outlet", pivot.Columns[0]);
        Assert.Equal("Syria", pivot.Columns[1]); // the most used form overall
        Assert.Equal("total", pivot.Columns[^1]);
        var sabah = pivot.Rows.Single(r => (string?)r[0] == "Daily Sabah");
        var alWatan = pivot.Rows.Single(r => (string?)r[0] == "Al-Watan (Syria)");
        int Cell(System.Collections.Immutable.ImmutableArray<object?> row, string column) => (int)row[pivot.Columns.IndexOf(column)]!;

        // Daily Sabah (003): "Syria" 6, "the Assad regime" 2, "the Bashar Assad regime" 2, "Syrian regime media" 1.
        Assert.Equal((6, 2, 2, 1, 11), (Cell(sabah, "Syria"), Cell(sabah, "Assad regime"), Cell(sabah, "Bashar Assad regime"), Cell(sabah, "Syrian regime"), Cell(sabah, "total")));

        // Al-Watan (004) writes only "Syria".
        Assert.Equal((4, 0, 4), (Cell(alWatan, "Syria"), Cell(alWatan, "Syrian regime"), Cell(alWatan, "total")));
    }

    [Fact]
    public void Given_counts_When_made_wide_and_by_kind_Then_rows_are_actors_or_groups_and_cells_are_the_chosen_values()
    {
        var result = Corpus.CountMentions(MentionTestData.SeedActors);

        var wide = result.By("outlet").Wide(c => c.Total);
        Assert.Equal(["actor", "kind", "Outlet A", "Outlet B"], wide.Columns.ToArray());
        Assert.Equal(["Turkey", "country", 2, 2], wide.Rows[0].ToArray());

        var kinds = result.KindsTable("outlet");
        Assert.Equal(["outlet", "alias", "implied", "demonym", "metonym", "person-state", "title", "total"], kinds.Columns.ToArray());
        // Outlet A: Turkey, Syria, Cavusoglu, Iran (alias 4); Ankara (metonym); Cavusoglu -> Turkey (person-state).
        Assert.Equal(["Outlet A", 4, 0, 0, 1, 1, 0, 6], kinds.Rows[0].ToArray());
    }

    [Fact]
    public void Given_one_huge_unpunctuated_sentence_When_co_mentions_are_counted_Then_each_actor_pair_counts_once()
    {
        // 40,000 repetitions, 6 words each, no full stop: one sentence of 240,000 words and 160,000 mentions.
        var text = string.Concat(Enumerable.Repeat("Turkey and Syria met Cavusoglu again ", 40_000));
        var result = MentionTestData.Corpus(("long", "L", text)).CountMentions(MentionTestData.SeedActors);
        var counts = result.By("outlet");

        Assert.Single(result.Corpus.Articles[0].Sentences);
        Assert.Equal(40_000, counts["L", "turkey"].Direct);
        Assert.Equal(40_000, counts["L", "turkey"].Linked); // Cavusoglu -> Turkey
        Assert.Equal(40_000, counts["L", "syria"].Total);
        Assert.Equal(
            [("cavusoglu", "syria", 1), ("cavusoglu", "turkey", 1), ("syria", "turkey", 1)],
            counts.CoMentions.Select(c => (c.ActorA, c.ActorB, c.Sentences)).Order().ToArray());
    }

    [Fact]
    public void Given_a_name_and_its_own_link_repeated_When_counted_Then_the_link_makes_no_pair()
    {
        // "Cavusoglu" names Cavusoglu and links (person-state) Turkey: links are not counted, so they pair with nothing,
        // however often the name is repeated.
        var once = MentionTestData.Corpus(("x", "X", "Cavusoglu spoke and spoke.")).CountMentions(MentionTestData.SeedActors).By("outlet");
        var twice = MentionTestData.Corpus(("x", "X", "Cavusoglu spoke and Cavusoglu left.")).CountMentions(MentionTestData.SeedActors).By("outlet");

        Assert.Empty(once.CoMentions);
        Assert.Equal(0, twice.CoMentionsOf("cavusoglu", "turkey"));
    }
}
