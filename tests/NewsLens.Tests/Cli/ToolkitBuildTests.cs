using NewsLens.Cli;

namespace NewsLens.Tests.Cli;

public sealed class ToolkitBuildTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newslens-toolkit-build-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string FileAt(string name, DateTime writtenUtc)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, name);
        File.SetLastWriteTimeUtc(path, writtenUtc);
        return path;
    }

    [Fact]
    public void Given_an_assembly_written_after_every_input_When_checked_Then_it_is_built_after_them()
    {
        var source = FileAt("A.cs", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var assembly = FileAt("NewsLens.dll", new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc));

        Assert.True(ToolkitBuild.IsBuiltAfter(assembly, [source]));
    }

    [Fact]
    public void Given_an_input_edited_after_the_assembly_When_checked_Then_it_needs_a_build()
    {
        var assembly = FileAt("NewsLens.dll", new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        var old = FileAt("A.cs", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var edited = FileAt("B.cs", new DateTime(2026, 1, 3, 0, 0, 0, DateTimeKind.Utc));

        Assert.False(ToolkitBuild.IsBuiltAfter(assembly, [old, edited]));
    }

    [Fact]
    public void Given_no_inputs_found_When_checked_Then_it_is_not_taken_as_current()
    {
        var assembly = FileAt("NewsLens.dll", new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc));

        Assert.False(ToolkitBuild.IsBuiltAfter(assembly, []));
    }
}
