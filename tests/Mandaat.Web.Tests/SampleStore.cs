using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mandaat.Web.Tests;

/// <summary>A temporary SQLite store with the samples and one hostile document (script and onerror payloads) ingested.</summary>
public sealed class SampleStore : IDisposable
{
    public const string Token = "test-token-0123456789";

    public const string XssPayload = "<script>window.__xss=1</script> <img src=x onerror=window.__xss=1>";

    public string Folder { get; } = Directory.CreateTempSubdirectory("mandaat-web-tests-").FullName;

    public string Path => System.IO.Path.Combine(Folder, "mandaat.db");

    public string XssId { get; }

    /// <summary>A sample letter (the first Kamerstuk ingested), for the routes of one document.</summary>
    public string SampleId { get; }

    public SampleStore()
    {
        var hostile = System.IO.Path.Combine(Folder, "kwaadaardig.txt");
        File.WriteAllText(hostile, $"Brief over de missie {XssPayload}\n\nDe regering zendt 450 militairen uit. {XssPayload}\n");
        // A later letter that cites a sample (the list of questions and answers), so a page links a cited Kamerstuk that is stored.
        var citing = System.IO.Path.Combine(Folder, "verwijzing.txt");
        File.WriteAllText(citing, CitingLetter);
        var store = new SqliteDocumentStore(Path);
        Pipeline.IngestReport report;
        try
        {
            store.MigrateAsync(default).GetAwaiter().GetResult();
            var ingest = new IngestService(DefaultPipeline.CreateProcessor(MissionCatalog.Load()), NullLogger<IngestService>.Instance);
            report = ingest.IngestAsync(store, [RepoPaths.Samples, hostile, citing], null, default).GetAwaiter().GetResult();
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        if (report.Failed.Count > 0 || report.Ingested.Count < 7)
        {
            throw new InvalidOperationException("ingest failed: " + string.Join("; ", report.Failed.Select(f => f.Path + ": " + f.Error)));
        }

        SampleId = report.Ingested.Where(d => d.Id.StartsWith("kst-", StringComparison.Ordinal)).Select(d => d.Id).Order(StringComparer.Ordinal).First();
        XssId = report.Ingested.Single(d => d.Path.EndsWith("kwaadaardig.txt", StringComparison.Ordinal)).Id;
    }

    /// <summary>The id the citing letter is stored under, and the sample it cites.</summary>
    public const string CitingId = "kst-27925-999", CitedId = "kst-27925-748";

    internal const string CitingLetter =
        "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2021–2022\n\n27 925 Bestrijding internationaal terrorisme\n\nNr. 999 BRIEF VAN DE MINISTER VAN DEFENSIE\n\n" +
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 1 maart 2022\n\n" +
        "Met de antwoorden op de feitelijke vragen over de Nederlandse bijdrage aan de anti-ISIS-coalitie (Kamerstuk 27 925, nr. 748) is uw Kamer geïnformeerd over de inzet in Irak. " +
        "Deze brief bevestigt dat de bijdrage aan de anti-ISIS-coalitie doorgaat.\n\nDe Minister van Defensie,\nK.H. Ollongren\n";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
