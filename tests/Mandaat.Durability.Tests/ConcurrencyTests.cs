using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Mandaat.Durability.Tests;

/// <summary>
/// One SQLite store used by several processes at once: two ingests of the same folders (in opposite orders)
/// store every document once between them; a web server and direct readers keep answering from whole
/// documents while another process ingests.
/// </summary>
[Collection(DurabilitySuite.Name)]
public sealed class ConcurrencyTests(DurabilityCorpus corpus) : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task Two_ingests_of_the_same_folders_at_once_store_every_document_exactly_once()
    {
        using var forward = new IngestProcess(_workspace.Folder, _workspace.Database, DurabilityCorpus.Paths);
        using var backward = new IngestProcess(_workspace.Folder, _workspace.Database, DurabilityCorpus.Paths.Reverse());
        var runs = await Task.WhenAll(forward.WaitAsync(), backward.WaitAsync());

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Stderr));
        var ingested = runs.Select(run => run.Json.GetProperty("ingested").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToHashSet()).ToList();
        Assert.Empty(ingested[0].Intersect(ingested[1]));
        Assert.Equal(corpus.Ids, ingested[0].Union(ingested[1]).Order(StringComparer.Ordinal));
        Assert.Equal(corpus.Ids, DurabilityCorpus.StoreIds(_workspace));
        Assert.Equal(corpus.Counts, await StoreChecks.SqliteAsync(_workspace.Database));
        foreach (var (query, hits) in corpus.Hits)
        {
            Assert.Equal(hits, _workspace.Run("search", query, "--json").Stdout);
        }
    }

    [Fact]
    public async Task A_server_and_direct_readers_answer_from_whole_documents_while_another_process_ingests()
    {
        Assert.Equal(0, _workspace.Run("ingest", RepoPaths.Samples).ExitCode);
        // The reads come as fast as the server answers: beyond the default limit a client may search a minute.
        using var server = await ServerProcess.StartAsync(_workspace.Folder, _workspace.Database, new Dictionary<string, string> { ["MANDAAT_SEARCH_PER_MINUTE"] = "100000" });
        using var ingest = new IngestProcess(_workspace.Folder, _workspace.Database, [DurabilityCorpus.RealWorld]);
        int reads = 0, lastCount = 0;
        while (!ingest.HasExited)
        {
            var search = await server.Http.GetAsync(new Uri("api/search?q=militair*", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            var documents = JsonDocument.Parse(await server.Http.GetStringAsync(new Uri("api/documents?pageSize=1&envelope=true", UriKind.Relative))).RootElement.GetProperty("total").GetInt32();
            Assert.True(documents >= lastCount, $"the server's document list shrank from {lastCount} to {documents}");
            lastCount = documents;
            AssertSnapshotIsWhole(_workspace.Database);
            reads++;
        }

        var run = await ingest.WaitAsync();
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(reads >= 3, $"only {reads} rounds of reads fell inside the ingest");
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync(new Uri("readyz", UriKind.Relative))).StatusCode);
        Assert.Equal(corpus.Counts.Documents, JsonDocument.Parse(await server.Http.GetStringAsync(new Uri("api/documents?pageSize=1&envelope=true", UriKind.Relative))).RootElement.GetProperty("total").GetInt32());
        Assert.Equal(corpus.Counts, await StoreChecks.SqliteAsync(_workspace.Database));
    }

    public void Dispose() => _workspace.Dispose();

    // One read transaction sees one commit's state: every document in it has its search unit, source and paragraphs.
    private static void AssertSnapshotIsWhole(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT COUNT(*) FROM documents d
            WHERE (SELECT COUNT(*) FROM search_units u WHERE u.document_id = d.id AND u.unit = 'document') <> 1
               OR NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.document_id = d.id)
               OR NOT EXISTS (SELECT 1 FROM document_sources s WHERE s.document_id = d.id);
            """;
        Assert.Equal(0L, (long)command.ExecuteScalar()!);
    }
}
