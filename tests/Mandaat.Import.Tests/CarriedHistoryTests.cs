using Mandaat.Store;
using Mandaat.Store.Postgres;
using Mandaat.Store.Sqlite;

namespace Mandaat.Import.Tests;

/// <summary>
/// What an imported store carries beyond its current papers: <c>copy</c> takes earlier versions, source records,
/// import checkpoints and the official commitments along (so the copy updates on where the original would), and a new
/// version ingested by hand keeps the paper's official record.
/// </summary>
public sealed class CarriedHistoryTests : IAsyncLifetime, IDisposable
{
    private readonly CliWorkspace _workspace = new();
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();
    private RecordedGegevensmagazijn _server = null!;

    public async Task InitializeAsync()
    {
        _server = await RecordedGegevensmagazijn.StartAsync();
        _server.Documents.AddRange(Recording.Dossier29521());
        _server.SeedFeed(otherDossierChanges: 10);
        _server.Commitments.Add(new("e1000000-0000-0000-0000-000000000002", "TZ201611-002", "De minister zal de Kamer informeren over de evaluatie van de inzet.", "Openstaand", 29521, new DateOnly(2016, 11, 3), "2016A05678", [], Recording.Published));
        _workspace.Environment["MANDAAT_CACHE"] = Path.Combine(_workspace.Folder, "cache");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _workspace.Dispose();
        _database.Dispose();
    }

    private string[] Import(params string[] more) =>
        ["import", "--dossier", "29521", "--since", "2013-01-01", "--tk-url", _server.BaseAddress.AbsoluteUri.TrimEnd('/'), "--rate", "50", "--json", .. more];

    [Fact]
    public async Task Copy_carries_versions_source_records_checkpoints_and_official_commitments_and_the_copy_updates_on()
    {
        Assert.Equal(0, _workspace.Run(Import()).ExitCode);
        // The register's commitment no paper states is listed beside the ones read, official-only, with the register's status.
        var listed = _workspace.Run("commitments", "--json");
        Assert.True(listed.ExitCode == 0, listed.Stderr);
        var only = Assert.Single(listed.Json.EnumerateArray(), c => c.GetProperty("official_only").GetBoolean());
        Assert.Equal(("toezegging:TZ201611-002", "Openstaand", "open"), (only.GetProperty("id").GetString(), only.GetProperty("official").GetProperty("status").GetString(), only.GetProperty("status").GetString()));
        var i = _server.Documents.FindIndex(d => d.Volgnummer == 349);
        _server.Documents[i] = _server.Documents[i] with { File = [.. _server.Documents[i].File, .. "\n\nRectificatie.\n"u8.ToArray()], VersionId = "v-349-2", ChangedAt = DateTimeOffset.UtcNow.AddMinutes(1) };
        _server.Publish(_server.Documents[i]);
        var update = _workspace.Run(Import("--update"));
        Assert.True(update.ExitCode == 0, update.Stderr);
        Assert.Equal(1, update.Json.GetProperty("updated").GetInt32());

        var copy = _workspace.Run("copy", "--from", _workspace.Database, "--to", _database.ConnectionString, "--json");

        Assert.True(copy.ExitCode == 0, copy.Stderr);
        await using var original = new SqliteDocumentStore(_workspace.Database);
        await using var copied = new PostgresDocumentStore(_database.ConnectionString);
        var earlier = (await copied.GetVersionAsync("kst-29521-349", 1, default))!;
        Assert.Equal((await original.GetVersionAsync("kst-29521-349", 1, default))!.Text, earlier.Text);
        Assert.Equal(2, (await copied.GetAsync("kst-29521-349", default))!.Version);
        Assert.Equal(await original.FindOfficialAsync("tk", "a1000000-0000-0000-0000-000000000349", default), await copied.FindOfficialAsync("tk", "a1000000-0000-0000-0000-000000000349", default));
        Assert.Equal(await original.ListCheckpointsAsync(default), await copied.ListCheckpointsAsync(default));
        Assert.Equal("TZ201611-002", Assert.Single(await copied.ListOfficialCommitmentsAsync(default)).Number);
        Assert.NotEmpty(await copied.ListCheckpointsAsync(default));

        // The copy updates from the original's feed cursor: nothing fetched, no listing of the whole dossier.
        var before = _server.Requests.Count;
        var onCopy = _workspace.Run(["--db", _database.ConnectionString, .. Import("--update")]);
        Assert.True(onCopy.ExitCode == 0, onCopy.Stderr);
        Assert.Equal(0, onCopy.Json.GetProperty("fetched").GetInt32());
        Assert.DoesNotContain(_server.Requests.Skip(before), r => r.Contains("/OData/v4/2.0/Document?", StringComparison.Ordinal) && !r.Contains("Id eq", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_version_ingested_by_hand_keeps_the_papers_official_record()
    {
        Assert.Equal(0, _workspace.Run(Import()).ExitCode);
        var original = _server.Documents.First(d => d.Volgnummer == 349).File;
        var file = _workspace.Write("kst-29521-349-herdruk.txt", [.. original, .. "\n\nRectificatie: herdruk in verband met een correctie.\n"u8.ToArray()]);

        var ingest = _workspace.Run("ingest", file);

        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        await using var store = new SqliteDocumentStore(_workspace.Database);
        var paper = (await store.GetAsync("kst-29521-349", default))!;
        Assert.Equal(2, paper.Version);
        Assert.Contains("herdruk", paper.Text, StringComparison.Ordinal);
        Assert.Equal(("https://zoek.officielebekendmakingen.nl/kst-29521-349", "Verlenging MINUSMA 2018", "29521"), (paper.Official?.Url, paper.Official?.Subject, paper.Summary.Dossier));
        Assert.Equal(new DateOnly(2017, 9, 11), paper.Summary.Date);
        Assert.NotNull(paper.Official!.Text);
    }
}
