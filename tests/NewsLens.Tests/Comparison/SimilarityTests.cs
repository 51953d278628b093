using NewsLens.Comparison;
using NewsLens.Text;

namespace NewsLens.Tests.Comparison;

public sealed class SimilarityTests
{
    private static readonly FeatureOptions AllWords = new() { StopWords = StopWords.None };

    private static SimilarityMatrix Tiny() => Similarity.Compute(
        ComparisonCorpus.Of(("d1", "X", "cat dog"), ("d2", "Y", "cat cat fish"), ("d3", "Z", "bird")),
        FeatureCounts.ByDocument,
        AllWords);

    // n = 3 documents; df(cat) = 2, df(dog) = df(fish) = df(bird) = 1.
    // idf(cat) = ln(4/3) + 1 = 1.287682; idf(others) = ln(4/2) + 1 = 1.693147.
    // d1 = (cat 1.287682, dog 1.693147), d2 = (cat 2·1.287682 = 2.575364, fish 1.693147).
    // dot = 1.287682 · 2.575364 = 3.316250; |d1| = 2.127175; |d2| = 3.082085; cosine = 3.316250 / (2.127175 · 3.082085) = 0.505824.
    // Jaccard: {cat, dog} ∩ {cat, fish} = {cat}, union has 3 → 1/3.
    [Fact]
    public void Given_two_tiny_documents_sharing_one_word_When_similarity_is_computed_Then_cosine_and_jaccard_match_hand_computed_values()
    {
        var pair = Tiny()["d1", "d2"];
        Assert.Equal(0.505824093, pair.Cosine, 6);
        Assert.Equal(1.0 / 3, pair.Jaccard, 9);
        Assert.Equal(1, pair.SharedTerms);
    }

    [Fact]
    public void Given_documents_When_similarity_is_computed_Then_the_matrix_is_symmetric_with_ones_on_the_diagonal_and_zero_for_disjoint_vocabularies()
    {
        var matrix = Tiny();
        Assert.Equal(9, matrix.Pairs.Length);
        foreach (var pair in matrix.Pairs)
        {
            var mirror = matrix[pair.Right, pair.Left];
            Assert.Equal(pair.Cosine, mirror.Cosine, 12);
            Assert.Equal(pair.Jaccard, mirror.Jaccard, 12);
        }

        Assert.All(matrix.Labels, l => Assert.Equal(1.0, matrix[l, l].Cosine, 12));
        Assert.All(matrix.Labels, l => Assert.Equal(1.0, matrix[l, l].Jaccard, 12));
        Assert.Equal(0, matrix["d1", "d3"].Cosine);
        Assert.Equal(0, matrix["d1", "d3"].Jaccard);
    }

    [Fact]
    public void Given_a_similarity_matrix_When_shown_as_a_wide_table_and_data_frame_Then_it_has_one_row_and_one_column_per_label()
    {
        var table = Tiny().ToMatrixTable(SimilarityMetric.Jaccard);
        Assert.Equal(["jaccard", "d1", "d2", "d3"], table.Columns.ToArray());
        Assert.Equal(3, table.Rows.Length);
        Assert.Equal(1.0 / 3, (double)table.Rows[0][2]!, 9);

        var frame = Tiny().ToTable().ToDataFrame();
        Assert.Equal(9, frame.Rows.Count);
    }

    [Fact]
    public void Given_the_seed_corpus_When_outlets_are_compared_Then_every_off_diagonal_cosine_is_between_zero_and_one()
    {
        var matrix = Similarity.Compute(ComparisonCorpus.Seeds);
        Assert.Equal(5, matrix.Labels.Length);
        Assert.All(matrix.Pairs.Where(p => p.Left != p.Right), p => Assert.InRange(p.Cosine, 0.01, 0.99));
    }
}
