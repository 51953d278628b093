using System.Diagnostics;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NewsLens.Tables;

namespace NewsLens.Cli;

/// <summary>
/// Notebooks load the toolkit from artifacts/bin/NewsLens/debug/ (see notebooks/setup.csx). Before rendering, make sure
/// that copy is the toolkit this command runs with (same module version id); if it is missing or different (a Release
/// run, an edit since the last Debug build), build it (incrementally), so a notebook never runs against stale code.
/// </summary>
public static class ToolkitBuild
{
    public static string NotebookAssembly => Path.Combine(RepositoryPaths.Artifacts, "bin", "NewsLens", "debug", "NewsLens.dll");

    /// <summary>
    /// The notebooks' copy is current when it is this very build (same module version id) or, for a Release host whose
    /// copy can never match byte for byte, when it was written after every input of the toolkit build: then
    /// `dotnet build` would do nothing but still cost seconds of MSBuild start-up on every render.
    /// </summary>
    public static bool IsCurrent() =>
        File.Exists(NotebookAssembly)
        && (ModuleVersionId(NotebookAssembly) == typeof(ResultTable).Module.ModuleVersionId || IsBuiltAfter(NotebookAssembly, ToolkitInputs()));

    /// <summary>True when <paramref name="assembly"/> was written after every one of <paramref name="inputs"/> (and there is at least one input).</summary>
    internal static bool IsBuiltAfter(string assembly, IEnumerable<string> inputs)
    {
        var built = File.GetLastWriteTimeUtc(assembly);
        var any = false;
        foreach (var input in inputs)
        {
            any = true;
            if (File.GetLastWriteTimeUtc(input) >= built)
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>What the toolkit's Debug build reads: its folder (sources, project, embedded data) and the repository-wide build files.</summary>
    private static IEnumerable<string> ToolkitInputs()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "toolkit", "NewsLens");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var shared = new[] { "Directory.Build.props", "Directory.Packages.props", "Directory.Build.targets", "global.json" }
            .Select(name => Path.Combine(RepositoryPaths.Root, name))
            .Where(File.Exists);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Concat(shared);
    }

    /// <summary>Builds the toolkit for the notebooks when needed; returns a warning when that cannot be checked.</summary>
    public static string? EnsureCurrent(TextWriter log)
    {
        if (IsCurrent())
        {
            return null;
        }

        var project = Path.Combine(RepositoryPaths.Root, "toolkit", "NewsLens", "NewsLens.csproj");
        if (!File.Exists(project))
        {
            return $"the notebooks' toolkit build ({NotebookAssembly}) cannot be checked: {project} not found.";
        }

        log.WriteLine("Building the toolkit for the notebooks (dotnet build toolkit/NewsLens -c Debug)...");
        var start = new ProcessStartInfo("dotnet", ["build", project, "-c", "Debug", "-v", "quiet", "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        using var build = Process.Start(start) ?? throw new CliException("could not start `dotnet build`.");
        var output = build.StandardOutput.ReadToEndAsync();
        var error = build.StandardError.ReadToEndAsync();
        build.WaitForExit();
        if (build.ExitCode != 0)
        {
            throw new CliException($"building the toolkit for the notebooks failed:\n{output.Result}{error.Result}".TrimEnd());
        }

        // A Release host never matches the Debug copy byte for byte, but an incremental build is current by construction.
        return null;
    }

    private static Guid ModuleVersionId(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }
}
