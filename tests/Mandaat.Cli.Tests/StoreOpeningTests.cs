namespace Mandaat.Cli.Tests;

/// <summary>
/// Stores are opened, not created, by commands that read (issue 25): in a folder without a store a read
/// command says so instead of creating an empty ./mandaat.db and answering "No documents."; copy needs a
/// source that exists; and processes that ingest into one new file at once all succeed.
/// </summary>
public sealed class StoreOpeningTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Theory]
    [InlineData("list")]
    [InlineData("show", "kst-27925-504")]
    [InlineData("search", "Erbil")]
    [InlineData("missions")]
    [InlineData("commitments", "--json")]
    [InlineData("export", "facts", "--format", "json")]
    public void A_read_command_in_a_folder_without_a_store_says_so_and_creates_none(params string[] command)
    {
        _workspace.Environment["MANDAAT_DB"] = string.Empty;

        var run = _workspace.Run(command);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: no store at mandaat.db: ingest documents into it first (mandaat ingest PATH), or name an existing store with --db or MANDAAT_DB", run.Stderr.Trim());
        Assert.Empty(Directory.GetFiles(_workspace.Folder));
    }

    [Fact]
    public void Copy_from_a_store_that_does_not_exist_fails_and_creates_neither_store()
    {
        var run = _workspace.Run("copy", "--from", "nosuch.db", "--to", "kopie.db");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --from names no store: nosuch.db does not exist; give the store to copy", run.Stderr.Trim());
        Assert.Empty(Directory.GetFiles(_workspace.Folder));
    }

    [Fact]
    public void Four_processes_ingesting_into_one_new_store_at_once_all_succeed_and_store_everything()
    {
        var samples = Directory.GetFiles(RepoPaths.Samples, "*.txt").Order(StringComparer.Ordinal).Take(4).ToList();

        var runs = samples.AsParallel().WithDegreeOfParallelism(4).Select(sample => _workspace.Run("ingest", sample, "--json")).ToList();

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Stderr));
        Assert.Equal(4, _workspace.Run("list", "--json").Json.GetArrayLength());
    }

    [Fact]
    public void Remove_takes_a_document_out_with_its_facts_and_an_unknown_id_exits_two()
    {
        Assert.Equal(0, _workspace.Run("ingest", RepoPaths.Samples).ExitCode);

        var removed = _workspace.Run("remove", "kst-27925-504", "--json");
        var again = _workspace.Run("remove", "kst-27925-504");

        Assert.Equal(0, removed.ExitCode);
        Assert.Equal("kst-27925-504", removed.Json.GetProperty("removed").GetString());
        Assert.Equal(2, _workspace.Run("show", "kst-27925-504").ExitCode);
        Assert.Equal(4, _workspace.Run("list", "--json").Json.GetArrayLength());
        Assert.DoesNotContain(_workspace.Run("search", "Erbil", "--json").Json.EnumerateArray(), hit => hit.GetProperty("id").GetString() == "kst-27925-504");
        Assert.Equal(2, again.ExitCode);
        Assert.Equal("error: no document with id 'kst-27925-504'; `mandaat list` shows the ids in the store", again.Stderr.Trim());
    }

    public void Dispose() => _workspace.Dispose();
}
