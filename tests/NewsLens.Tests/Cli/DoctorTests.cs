using NewsLens.Cli.Commands;

namespace NewsLens.Tests.Cli;

/// <summary>The doctor's rules on made-up machines, and its answer on this one.</summary>
public class DoctorTests
{
    private static readonly DoctorFacts Complete = new(
        "10.0.100 [/usr/share/dotnet/sdk]\n", "/repo", true, "libfontconfig.so.1 libfreetype.so.6", true, true,
        "Available kernels:\n  .net-csharp  /root/.local/share/jupyter/kernels/.net-csharp\n", true, "/usr/bin/chromium");

    [Fact]
    public void Given_a_complete_machine_When_checked_Then_everything_is_ok_and_the_exit_code_is_zero()
    {
        var checks = Doctor.Check(Complete);
        using var output = new StringWriter();

        Assert.All(checks, c => Assert.True(c.Ok, c.Name));
        Assert.Equal(0, DoctorCommand.Write(checks, output));
        Assert.Contains("Everything is in place.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_fresh_debian_machine_When_checked_Then_each_missing_jupyter_step_gets_its_exact_fix()
    {
        var checks = Doctor.Check(Complete with { ToolsFolderOnPath = false, DotnetInteractive = false, Kernels = "Available kernels:\n  python3 /usr/share/jupyter/kernels/python3\n" });
        using var output = new StringWriter();

        Assert.Equal(0, DoctorCommand.Write(checks, output));
        var text = output.ToString();
        Assert.Contains("export PATH=\"$PATH:$HOME/.dotnet/tools\"", text, StringComparison.Ordinal);
        Assert.Contains($"dotnet tool install --global Microsoft.dotnet-interactive --version {Doctor.InteractiveVersion}", text, StringComparison.Ordinal);
        Assert.Contains("mkdir -p ~/.local/share/jupyter/kernels && dotnet interactive jupyter install", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_no_sdk_and_no_chart_libraries_When_checked_Then_the_exit_code_is_one_and_the_fixes_are_named()
    {
        var checks = Doctor.Check(Complete with { DotnetSdks = "", NativeLibraries = "libfreetype.so.6", Kernels = null, Chromium = null });
        using var output = new StringWriter();

        Assert.Equal(1, DoctorCommand.Write(checks, output));
        var text = output.ToString();
        Assert.Contains("dotnet not found", text, StringComparison.Ordinal);
        Assert.Contains("missing libfontconfig.so.1", text, StringComparison.Ordinal);
        Assert.Contains("sudo apt-get install jupyter-nbconvert python3-nbclient python3-ipykernel", text, StringComparison.Ordinal);
        Assert.Contains("sudo apt-get install chromium", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_this_machine_When_the_doctor_runs_Then_it_finds_the_sdk_and_the_repository()
    {
        var facts = Doctor.Gather();

        Assert.NotNull(facts.RepositoryRoot);
        Assert.Contains("10.0.", facts.DotnetSdks, StringComparison.Ordinal);
    }
}
