using System.Text;
using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Store;
using Mandaat.Store.Sqlite;

namespace Mandaat.Register.Tests;

/// <summary>Texts through the real pipeline into a fresh SQLite file each, in a temporary folder removed with this.</summary>
internal sealed class PipelineStores : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-register-pipeline-").FullName;

    public static MissionCatalog Catalog { get; } = MissionCatalog.Load();

    /// <summary>The real papers of tests/data (realworld and heldout), in name order.</summary>
    public static string[] RealPapers()
    {
        var data = Path.Combine(Path.GetDirectoryName(IngestedSamples.SamplesFolder)!, "tests", "data");
        return new[] { "realworld", "heldout" }.SelectMany(f => Directory.GetFiles(Path.Combine(data, f), "*.txt").Order()).Select(File.ReadAllText).ToArray();
    }

    /// <summary>A store holding every text the pipeline reads (a text it refuses is left out, as ingest reports it).</summary>
    public async Task<IDocumentStore> StoreAsync(params string[] texts)
    {
        var store = new SqliteDocumentStore(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));
        await store.MigrateAsync(default);
        var processor = DefaultPipeline.CreateProcessor(Catalog);
        for (var i = 0; i < texts.Length; i++)
        {
            var outcome = processor.Process(Encoding.UTF8.GetBytes(texts[i]), $"brief-{i}.txt");
            if (outcome.Succeeded)
            {
                await store.SaveAsync(outcome.Value, default);
            }
        }

        return store;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
