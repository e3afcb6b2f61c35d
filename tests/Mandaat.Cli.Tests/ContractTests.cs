namespace Mandaat.Cli.Tests;

/// <summary>The global behaviour of CLI.md: help, usage errors, exit codes and error lines.</summary>
public sealed class ContractTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public void Help_exits_zero_and_names_the_commands()
    {
        var run = _workspace.Run("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "ingest", "list", "show", "facts", "eval", "quickstart", "search", "questions" })
        {
            Assert.Contains(command, run.Stdout);
        }
    }

    [Theory]
    [InlineData("an unknown option", new[] { "list", "--no-such-option" })]
    [InlineData("an unknown command", new[] { "frobnicate" })]
    [InlineData("a missing argument", new[] { "show" })]
    [InlineData("an unknown id", new[] { "show", "kst-0-0" })]
    [InlineData("an unknown fact format", new[] { "facts", "kst-0-0", "--format", "xml" })]
    [InlineData("an unknown kind", new[] { "list", "--kind", "roman" })]
    [InlineData("eval of a folder that does not exist", new[] { "eval", "/no/such/folder" })]
    public void Bad_usage_exits_two_with_one_error_line_and_no_stack_trace(string reason, string[] args)
    {
        var run = _workspace.Run(args);

        Assert.True(run.ExitCode == 2, $"{reason}: exit {run.ExitCode}, stderr {run.Stderr}");
        Assert.StartsWith("error:", run.Stderr.TrimStart());
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void A_database_file_that_is_not_a_database_is_a_runtime_failure_with_an_error_line()
    {
        File.WriteAllText(_workspace.Database, "not a database");

        var run = _workspace.Run("list");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error:", run.Stderr.TrimStart());
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    public void Dispose() => _workspace.Dispose();
}
