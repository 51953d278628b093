using System.Collections.Immutable;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Tests.Comparison;

/// <summary>Small in-memory corpora for comparison and attribution tests, and the seed corpus.</summary>
internal static class ComparisonCorpus
{
    private static readonly Lazy<TokenizedCorpus> SeedCorpus = new(() => CorpusReader.Read(NewsLens.Cli.RepositoryPaths.Seeds).Tokenize());

    public static TokenizedCorpus Seeds => SeedCorpus.Value;

    public static Article Article(string id, string outlet, string text) => new(
        id,
        text,
        text,
        DocumentVariables.Empty.Add(DocumentVariables.Outlet, outlet),
        CleaningAudit.None,
        id + ".txt");

    public static TokenizedCorpus Of(params (string Id, string Outlet, string Text)[] articles) =>
        Corpus.FromArticles(articles.Select(a => Article(a.Id, a.Outlet, a.Text))).Tokenize();

    public static TokenizedArticle Single(string text) => Article("doc", "outlet", text).Tokenize();


}
