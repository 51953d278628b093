namespace NewsLens.Tests.Golden;

/// <summary>
/// Compares output with a committed golden file. Set NEWSLENS_UPDATE_GOLDEN=1 to rewrite the files in the source
/// tree after a deliberate change, then review the diff.
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string name, string actual)
    {
        var source = Path.Combine(TestCorpora.RepositoryRoot, "tests", "NewsLens.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("NEWSLENS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(source, actual);
            return;
        }

        Assert.True(File.Exists(source), $"golden file {name} is missing; run with NEWSLENS_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(source).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
