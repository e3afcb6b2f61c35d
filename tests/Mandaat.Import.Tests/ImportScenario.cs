using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Store;
using Mandaat.Store.Sqlite;

namespace Mandaat.Import.Tests;

/// <summary>A recorded service with dossier 29 521, a fresh SQLite store and a download cache in a temporary folder.</summary>
internal sealed class ImportScenario : IAsyncDisposable
{
    public static readonly DocumentProcessor Processor = DefaultPipeline.CreateProcessor(MissionCatalog.Load());

    private ImportScenario(RecordedGegevensmagazijn server, string folder)
    {
        Server = server;
        Folder = folder;
        Store = new SqliteDocumentStore(Path.Combine(folder, "mandaat.db"));
    }

    public RecordedGegevensmagazijn Server { get; }

    public string Folder { get; }

    public IDocumentStore Store { get; private set; }

    public string Cache => Path.Combine(Folder, "cache");

    public static async Task<ImportScenario> StartAsync()
    {
        var server = await RecordedGegevensmagazijn.StartAsync();
        server.Documents.AddRange(Recording.Dossier29521());
        server.SeedFeed(otherDossierChanges: 40);
        var scenario = new ImportScenario(server, Directory.CreateTempSubdirectory("mandaat-import-").FullName);
        await scenario.Store.MigrateAsync(default);
        return scenario;
    }

    public ImportRequest Request(bool update = false, bool offline = false) => new()
    {
        Dossiers = ["29521"],
        Since = new DateOnly(2013, 1, 1),
        Update = update,
        Offline = offline,
        TkBase = Server.BaseAddress,
        CacheFolder = Cache,
        Contact = "tests@mandaat.invalid",
        RequestsPerSecond = 50,
        Timeout = TimeSpan.FromSeconds(2),
        Retries = 3,
        BackOff = TimeSpan.FromMilliseconds(50),
    };

    public async Task<ImportReport> ImportAsync(ImportRequest request, IDocumentStore? store = null)
    {
        using var http = new PoliteHttp(request);
        var tally = new ImportTally(null);
        var importer = new TkImporter(request, http, Processor, store ?? Store, tally);
        await importer.RunAsync(request.Dossiers.Select(d => TkSelection.Dossier(d, request.Since)).Concat(request.Documents.Select(TkSelection.Document)), default);
        await new CommitmentImporter(request, http, store ?? Store, tally).RunAsync(request.Dossiers, default);
        return tally.Build();
    }

    /// <summary>Changes a paper of the recording and publishes the change on the feed, as the source would.</summary>
    public RecordedDocument Change(int volgnummer, Func<RecordedDocument, RecordedDocument> change)
    {
        var documents = Server.Documents;
        var i = documents.FindIndex(d => d.Volgnummer == volgnummer);
        documents[i] = change(documents[i]) with { ChangedAt = DateTimeOffset.UtcNow.AddMinutes(1) };
        Server.Publish(documents[i]);
        return documents[i];
    }

    public async Task<IReadOnlyList<string>> StoredIdsAsync() =>
        [.. (await Store.ListAsync(DocumentFilter.None, default)).Select(d => d.Id).Order(StringComparer.Ordinal)];

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Store.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
