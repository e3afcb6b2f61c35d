using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Tests;

/// <summary>The samples through the real pipeline and a small letter with every kind of row, saved by this program into a store of the current version.</summary>
public sealed class FreshSqliteStore : IAsyncLifetime
{
    /// <summary>The document each test deletes from both stores.</summary>
    public const string Deleted = "kst-27925-999";

    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-fresh-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "fresh.db");

    public IReadOnlyList<ProcessedDocument> Documents { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var processor = DefaultPipeline.CreateProcessor(MissionCatalog.Load());
        var samples = Directory.GetFiles(RepoPaths.Samples, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => processor.Process(File.ReadAllBytes(path), path))
            .Select(processed => processed.Succeeded ? processed.Value! : throw new InvalidOperationException(processed.Error));
        Documents = [.. samples, TestDocuments.Letter()];
        await using var store = new SqliteDocumentStore(Path);
        await store.MigrateAsync(default);
        Assert.All(await store.SaveManyAsync(Documents, default), saved => Assert.True(saved.Succeeded, saved.Error));
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
