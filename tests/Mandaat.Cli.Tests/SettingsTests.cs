namespace Mandaat.Cli.Tests;

/// <summary>The real CLI checks its settings before a command runs: a wrong one is a usage error (exit 2) in one line, and nothing is opened.</summary>
public sealed class SettingsTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public void A_malformed_store_address_is_a_usage_error_named_before_anything_is_opened()
    {
        var run = _workspace.Run("--db", "postgres://bad host", "list");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: the PostgreSQL address is not valid: postgres://bad host; write it as postgres://user@host:port/database", run.Stderr.Trim());
    }

    [Fact]
    public void A_wrong_setting_stops_a_command_at_start_with_one_line_that_names_it()
    {
        _workspace.Environment["MANDAAT_SEARCH_PER_MINUTE"] = "0";

        var run = _workspace.Run("list", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal("error: MANDAAT_SEARCH_PER_MINUTE is 0; give the searches a client may make a minute, 1 or more (default 120)", run.Stderr.Trim());
        Assert.False(File.Exists(_workspace.Database));
    }

    [Fact]
    public void Serve_with_a_wrong_setting_exits_2_before_it_listens()
    {
        _workspace.Environment["MANDAAT_UPLOAD_MB"] = "veel";

        var run = _workspace.Run("serve", "--port", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal("error: MANDAAT_UPLOAD_MB is 'veel', not a whole number", run.Stderr.Trim());
    }

    [Fact]
    public void Help_needs_no_settings()
    {
        _workspace.Environment["MANDAAT_UPLOAD_MB"] = "0";

        Assert.Equal(0, _workspace.Run("--help").ExitCode);
    }

    public void Dispose() => _workspace.Dispose();
}
