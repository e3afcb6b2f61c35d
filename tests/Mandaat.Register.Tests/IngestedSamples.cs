using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Store;
using Mandaat.Store.Sqlite;

namespace Mandaat.Register.Tests;

/// <summary>The five samples through the real pipeline into a SQLite file, once for the sample tests.</summary>
public sealed class IngestedSamples : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-register-samples-").FullName;

    public IDocumentStore Store { get; private set; } = null!;

    /// <summary>Sample file name (without extension) → the id the store gave it.</summary>
    public Dictionary<string, string> Ids { get; } = [];

    public static string SamplesFolder { get; } = FindSamples();

    public async Task InitializeAsync()
    {
        Store = new SqliteDocumentStore(Path.Combine(_folder, "samples.db"));
        await Store.MigrateAsync(default);
        var processor = DefaultPipeline.CreateProcessor(MissionCatalog.Load());
        foreach (var path in Directory.GetFiles(SamplesFolder, "*.txt").Order())
        {
            var outcome = processor.Process(await File.ReadAllBytesAsync(path), path);
            Assert.True(outcome.Succeeded, outcome.Error);
            var saved = await Store.SaveAsync(outcome.Value, default);
            Ids[Path.GetFileNameWithoutExtension(path)] = saved.Id;
        }
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mandaat.slnx")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }

        throw new InvalidOperationException("Mandaat.slnx not found above " + AppContext.BaseDirectory);
    }
}
