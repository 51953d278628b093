namespace NewsLens.Cli;

/// <summary>Finds the repository the command runs in, for its default inputs (seeds/, notebooks/) and outputs (artifacts/).</summary>
public static class RepositoryPaths
{
    public static string Root => FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static string Artifacts => Path.Combine(Root, "artifacts");

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsLens.slnx")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
