using NewsLens.Cli;
using NewsLens.Corpora;
using NewsLens.Mentions;
using NewsLens.Text;

namespace NewsLens.Tests.Mentions;

/// <summary>Shared inputs: the seed dictionary and corpus, and small in-memory articles.</summary>
internal static class MentionTestData
{
    private static readonly Lazy<ActorDictionary> SeedActorsLazy = new(() => ActorDictionary.Load(SeedActorsPath));
    private static readonly Lazy<TokenizedCorpus> SeedCorpusLazy = new(() => CorpusReader.Read(RepositoryPaths.Seeds).Tokenize());

    public static string SeedActorsPath => Path.Combine(RepositoryPaths.Root, ActorDictionary.DefaultRelativePath);

    public static ActorDictionary SeedActors => SeedActorsLazy.Value;

    public static TokenizedCorpus SeedCorpus => SeedCorpusLazy.Value;

    public static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "Data", "Mentions", file);

    public static Article Article(string id, string text, string outlet = "Test Outlet") => TestCorpora.Article(text, id, outlet);

    public static TokenizedArticle Tokenized(string text, string id = "t1") => Article(id, text).Tokenize();

    public static TokenizedCorpus Corpus(params (string Id, string Outlet, string Text)[] articles) => TestCorpora.Corpus(articles);
}
