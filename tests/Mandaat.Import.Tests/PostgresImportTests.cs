using Mandaat.Store.Postgres;

namespace Mandaat.Import.Tests;

/// <summary>The same import into a real PostgreSQL store: every paper with its official record, a second run fetching nothing, an update a new version.</summary>
public sealed class PostgresImportTests : IDisposable
{
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();

    [Fact]
    public async Task A_dossier_imports_resumes_its_checkpoint_and_updates_on_PostgreSQL()
    {
        await using var scenario = await ImportScenario.StartAsync();
        await using var store = new PostgresDocumentStore(_database.ConnectionString);
        await store.MigrateAsync(default);
        scenario.Server.PageSize = 2;

        var first = await scenario.ImportAsync(scenario.Request(), store);
        var second = await scenario.ImportAsync(scenario.Request(), store);
        scenario.Change(327, d => d with { File = [.. d.File, .. "\nRectificatie: een herziene versie.\n"u8.ToArray()], VersionId = "v-327-2" });
        scenario.Change(349, d => d with { Onderwerp = "Verlenging MINUSMA (gecorrigeerd)" });
        var update = await scenario.ImportAsync(scenario.Request(update: true), store);

        Assert.Empty(update.Failed);
        Assert.Equal((5, 0), (first.New, first.Failed.Count));
        Assert.Equal((0, 5), (second.Fetched, second.Unchanged));
        Assert.Equal((1, 2), (update.Fetched, update.Updated));
        Assert.Equal("Verlenging MINUSMA (gecorrigeerd)", (await store.GetAsync("kst-29521-349", default))!.Official!.Subject);
        var letter = (await store.GetAsync("kst-29521-327", default))!;
        Assert.Equal((2, "https://zoek.officielebekendmakingen.nl/kst-29521-327"), (letter.Version, letter.Official!.Url));
        Assert.NotNull(Checkpoint.Parse(await store.GetCheckpointAsync("tk:dossier:29521:since:2013-01-01", default))!.Feed);
    }

    public void Dispose() => _database.Dispose();
}
