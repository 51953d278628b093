using System.CommandLine;
using System.Diagnostics;

namespace NewsLens.Cli.Commands;

/// <summary>What the doctor found on this machine; gathered once, then judged by <see cref="Doctor.Check"/>.</summary>
/// <param name="DotnetSdks">The output of `dotnet --list-sdks` (empty when dotnet is missing).</param>
/// <param name="RepositoryRoot">The NewsLens repository the command runs in, or null.</param>
/// <param name="ToolkitBuilt">Whether the toolkit the notebooks load (artifacts/bin/NewsLens/debug) exists.</param>
/// <param name="NativeLibraries">The native libraries ScottPlot's SkiaSharp needs that the loader knows (`ldconfig -p`).</param>
/// <param name="ToolsFolderOnPath">Whether ~/.dotnet/tools is on PATH (the kernel starts `dotnet interactive` from there).</param>
/// <param name="DotnetInteractive">Whether the dotnet-interactive global tool is installed.</param>
/// <param name="Kernels">The output of `jupyter kernelspec list` (null when jupyter is missing).</param>
/// <param name="NbConvert">Whether `jupyter nbconvert` answers.</param>
/// <param name="Chromium">The path of a Chromium binary, or null.</param>
public sealed record DoctorFacts(
    string DotnetSdks,
    string? RepositoryRoot,
    bool ToolkitBuilt,
    string NativeLibraries,
    bool ToolsFolderOnPath,
    bool DotnetInteractive,
    string? Kernels,
    bool NbConvert,
    string? Chromium);

/// <summary>One line of the doctor's answer: what was checked, whether it is fine, what was found and the exact fix.</summary>
public sealed record DoctorCheck(string Name, bool Ok, string Found, string Fix, bool Required);

/// <summary>Judges the facts: pure, so each rule is tested without the machine.</summary>
public static class Doctor
{
    public const string InteractiveVersion = "1.0.712001";

    public static IReadOnlyList<DoctorCheck> Check(DoctorFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var sdk10 = facts.DotnetSdks.Split('\n').FirstOrDefault(l => l.StartsWith("10.0.", StringComparison.Ordinal))?.Split(' ')[0];
        var skia = new[] { "libfontconfig.so.1", "libfreetype.so.6" }.Where(l => !facts.NativeLibraries.Contains(l, StringComparison.Ordinal)).ToList();
        var kernel = facts.Kernels is not null && facts.Kernels.Contains(".net-csharp", StringComparison.Ordinal);
        return
        [
            new(".NET SDK 10", sdk10 is not null, sdk10 ?? (facts.DotnetSdks.Length == 0 ? "dotnet not found" : "no 10.0 SDK"),
                "install the .NET 10 SDK (https://dot.net; global.json asks for 10.0.4xx)", Required: true),
            new("repository", facts.RepositoryRoot is not null, facts.RepositoryRoot ?? "not inside a NewsLens clone",
                "run newslens inside the repository (the folder holding NewsLens.slnx and seeds/)", Required: true),
            new("toolkit built for notebooks", facts.ToolkitBuilt, facts.ToolkitBuilt ? "artifacts/bin/NewsLens/debug/NewsLens.dll" : "missing",
                "dotnet build toolkit/NewsLens (newslens render also does it)", Required: true),
            new("chart libraries (fontconfig, freetype)", skia.Count == 0, skia.Count == 0 ? "found" : "missing " + string.Join(", ", skia),
                "sudo apt-get install libfontconfig1 libfreetype6", Required: true),
            new("~/.dotnet/tools on PATH", facts.ToolsFolderOnPath, facts.ToolsFolderOnPath ? "yes" : "no",
                "export PATH=\"$PATH:$HOME/.dotnet/tools\" (add it to ~/.bashrc)", Required: false),
            new(".NET Interactive (Jupyter kernel)", facts.DotnetInteractive, facts.DotnetInteractive ? "installed" : "not installed",
                $"dotnet tool install --global Microsoft.dotnet-interactive --version {InteractiveVersion}", Required: false),
            new("Jupyter with the .NET kernel", kernel, facts.Kernels is null ? "jupyter not found" : kernel ? ".net-csharp registered" : "no .net-csharp kernel",
                facts.Kernels is null
                    ? "sudo apt-get install jupyter-nbconvert python3-nbclient python3-ipykernel"
                    : "mkdir -p ~/.local/share/jupyter/kernels && dotnet interactive jupyter install", Required: false),
            new("jupyter nbconvert", facts.NbConvert, facts.NbConvert ? "found" : "not found",
                "sudo apt-get install jupyter-nbconvert python3-nbclient python3-ipykernel", Required: false),
            new("Chromium (report check)", facts.Chromium is not null, facts.Chromium ?? "not found",
                "sudo apt-get install chromium", Required: false),
        ];
    }

    /// <summary>Looks at this machine. Every probe is bounded and never fails the command.</summary>
    public static DoctorFacts Gather()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var tools = Path.Combine(home, ".dotnet", "tools");
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator);
        var root = RepositoryPaths.Root;
        var isRepository = File.Exists(Path.Combine(root, "NewsLens.slnx")) && Directory.Exists(Path.Combine(root, "seeds"));
        var chromium = new[] { "chromium", "chromium-browser", "google-chrome" }.Select(n => Which(path, n)).FirstOrDefault(p => p is not null);
        return new DoctorFacts(
            Run("dotnet", "--list-sdks") ?? "",
            isRepository ? root : null,
            File.Exists(ToolkitBuild.NotebookAssembly),
            Run("ldconfig", "-p") ?? Run("/sbin/ldconfig", "-p") ?? "",
            path.Any(p => Path.TrimEndingDirectorySeparator(p) == tools),
            File.Exists(Path.Combine(tools, "dotnet-interactive")) || File.Exists(Path.Combine(tools, "dotnet-interactive.exe")),
            Run("jupyter", "kernelspec list"),
            Run("jupyter", "nbconvert --version") is not null,
            chromium);
    }

    private static string? Which(IEnumerable<string> path, string name) =>
        path.Where(p => p.Length > 0).Select(p => Path.Combine(p, name)).FirstOrDefault(File.Exists);

    private static string? Run(string command, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? output.GetAwaiter().GetResult() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

/// <summary>`newslens doctor`: what this machine has and lacks for the CLI, the report, the notebooks and Jupyter.</summary>
public static class DoctorCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("doctor", "Check the .NET SDK, the built toolkit, chart libraries, the Jupyter kernel and Chromium; print the exact fix for what is missing.");
        command.SetAction(_ => Write(Doctor.Check(Doctor.Gather()), output));
        return command;
    }

    /// <summary>Prints one line per check (and its fix); exit code 1 when something the CLI needs is missing.</summary>
    public static int Write(IReadOnlyList<DoctorCheck> checks, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(output);
        var width = checks.Max(c => c.Name.Length);
        foreach (var check in checks)
        {
            var mark = check.Ok ? "ok  " : check.Required ? "FIX " : "miss";
            output.WriteLine($"{mark}  {check.Name.PadRight(width)}  {check.Found}");
            if (!check.Ok)
            {
                output.WriteLine($"      {new string(' ', width)}  fix: {check.Fix}");
            }
        }

        var missing = checks.Count(c => !c.Ok && c.Required);
        var optional = checks.Count(c => !c.Ok && !c.Required);
        output.WriteLine(missing == 0
            ? optional == 0 ? "Everything is in place." : $"The CLI and the report work; {optional} optional part(s) missing (Jupyter, Chromium)."
            : $"{missing} required part(s) missing: fix them first.");
        return missing == 0 ? 0 : 1;
    }
}
