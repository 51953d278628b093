using System.Text;
using FsCheck.Xunit;
using NewsLens.Corpora;
using NewsLens.Mentions;
using NewsLens.Text;

namespace NewsLens.Tests.Corpora;

/// <summary>Offsets given for cleaned text slice the original file back: tokens, mentions and KWIC hits.</summary>
public sealed class SourceMapTests
{
    private static readonly string[] Pieces =
    [
        "Turkey", "met", "Moscow", " ", " ", "\n", "\r\n", "\n\n\n", "  \n", ".", "By John Smith\n", "Leave a Reply\n",
        "<p>", "</p>", "<svg onload=alert(1)>", "e\u0301t\u00E9", "Ankara's", "\t", "“quoted”", "Çavuşoğlu", "\u0645\u0648",
        "This article was translated and edited by X.\n", "x", "Syria-Turkey", "😀",
    ];

    private static string Text(int[] picks) =>
        "Start. " + string.Concat((picks ?? []).Take(120).Select(p => Pieces[(int)((uint)p % (uint)Pieces.Length)])) + " End.";

    /// <summary>What the reader does to a slice before it reaches cleaning: line breaks and composition.</summary>
    private static string AsRead(string slice) => slice.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC);

    [Property(MaxTest = 150)]
    public bool Given_any_file_When_read_and_cleaned_Then_every_token_offset_slices_the_file_back(int[] picks)
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", Text(picks));
        var original = File.ReadAllText(path);

        var corpus = CorpusReader.Read(folder.Path);
        if (corpus.Count == 0)
        {
            return true; // nothing left to point at
        }

        var article = new TokenizedArticle(corpus.Articles[0]);
        foreach (var t in article.Tokens)
        {
            var (start, end) = article.Article.ToSource(t.Start, t.End);
            var token = article.Text[t.Start..t.End];
            var slice = AsRead(original[start..end]);

            // Exactly the token, or (when cleaning removed markup inside it) the token with the removed text in between.
            if (slice != token && !(slice[0] == token[0] && slice[^1] == token[^1] && IsSubsequence(token, slice)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSubsequence(string part, string whole)
    {
        var i = 0;
        foreach (var c in whole)
        {
            if (i < part.Length && part[i] == c)
            {
                i++;
            }
        }

        return i == part.Length;
    }

    [Fact]
    public void Given_the_seeds_When_mentions_and_kwic_hits_are_found_Then_their_file_offsets_slice_the_file_exactly()
    {
        var corpus = CorpusReader.Read(TestCorpora.Seeds).Tokenize();
        var actors = ActorDictionary.Load(Path.Combine(TestCorpora.Seeds, "resources", "actors.json"));
        var result = corpus.CountMentions(actors);

        foreach (var mention in result.Mentions)
        {
            var file = File.ReadAllText(Path.Combine(TestCorpora.Seeds, mention.DocumentId + ".txt"));
            var (start, end) = result.SourceOf(mention);
            Assert.Equal(mention.MatchedText, file[start..end]);
        }

        foreach (var hit in Kwic.Find(corpus, "meeting"))
        {
            var file = File.ReadAllText(Path.Combine(TestCorpora.Seeds, hit.DocumentId + ".txt"));
            Assert.Equal("meeting", file[hit.SourceStart..hit.SourceEnd], ignoreCase: true);
        }
    }

    [Fact]
    public void Given_a_removed_byline_When_mapped_Then_offsets_after_it_point_into_the_file_not_the_cleaned_text()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Title here\r\n\r\nBy John Smith\r\n\r\nTurkey met Syria.");
        var article = CorpusReader.Read(folder.Path).Articles[0];

        var at = article.Text.IndexOf("Syria", StringComparison.Ordinal);
        var (start, end) = article.ToSource(at, at + 5);

        Assert.Equal((42, 47), (start, end));
        Assert.NotEqual(at, start);
    }

    [Fact]
    public void Given_a_replacement_When_an_offset_falls_inside_it_Then_the_whole_replaced_source_range_is_given()
    {
        var builder = new SourceMap.Builder(SourceMap.Identity(10));
        builder.Copy(0, 3);
        builder.Replace(3, 4, 1);
        builder.Copy(7, 3);
        var map = builder.Build();

        Assert.Equal(7, map.Length);
        Assert.Equal((3, 7), map.ToSource(3, 4));
        Assert.Equal((0, 10), map.ToSource(0, 7));
        Assert.Equal((7, 8), map.ToSource(4, 5));
        Assert.Equal((1, 7), map.ToSource(1, 4));
    }
    [Property(MaxTest = 100)]
    public bool Given_any_cleaned_file_When_its_map_is_stored_as_runs_and_rebuilt_Then_it_maps_the_same(int[] picks)
    {
        using var folder = new TempFolder();
        var article = CorpusReader.Read(folder.Write("a.txt", Text(picks))).Articles.Single();

        var rebuilt = SourceMap.FromRuns(article.SourceMap.ToRuns(), article.Text.Length);

        return rebuilt.Equals(article.SourceMap)
            && Enumerable.Range(0, article.Text.Length + 1).All(i => rebuilt.ToSource(0, i) == article.ToSource(0, i));
    }

    [Fact]
    public void Given_runs_that_leave_a_gap_or_miss_the_length_When_rebuilt_Then_it_says_what_is_wrong()
    {
        Assert.Contains("does not follow", Assert.Throws<FormatException>(() => SourceMap.FromRuns([0, 2, 0, 2, 3, 1, 2, 1], 4)).Message, StringComparison.Ordinal);
        Assert.Contains("covers 2 characters, not 5", Assert.Throws<FormatException>(() => SourceMap.FromRuns([0, 2, 0, 2], 5)).Message, StringComparison.Ordinal);
        Assert.Contains("four numbers", Assert.Throws<FormatException>(() => SourceMap.FromRuns([0, 2, 0], 2)).Message, StringComparison.Ordinal);
    }
}
