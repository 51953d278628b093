using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Tests;

/// <summary>Builds small corpora for tests, and finds the repository's seeds.</summary>
internal static class TestCorpora
{
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsLens.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("The tests run outside the NewsLens repository.");
        }
    }

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static Article Article(string text, string id = "a1", string? outlet = null)
    {
        var variables = outlet is null ? DocumentVariables.Empty : DocumentVariables.Empty.SetItem(DocumentVariables.Outlet, outlet);
        return new Article(id, text, text, variables, CleaningAudit.None, id);
    }

    public static TokenizedArticle Tokenized(string text, string id = "a1", string? outlet = null) => new(Article(text, id, outlet));

    public static TokenizedCorpus Corpus(params (string Id, string Outlet, string Text)[] articles) =>
        NewsLens.Corpora.Corpus.FromArticles(articles.Select(a => Article(a.Text, a.Id, a.Outlet))).Tokenize();
}

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newslens-test-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    public string Write(string name, byte[] content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, content);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
