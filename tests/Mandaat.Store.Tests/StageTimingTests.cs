using Mandaat.Core.Facts;
using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mandaat.Store.Tests;

/// <summary>
/// Stage time is measured around the stages, from outside the pipeline's function: the timed pipeline makes the
/// same documents, and an ingest given a clock sums every stage over every document and run.
/// </summary>
public sealed class StageTimingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-stages-").FullName;

    [Fact]
    public void The_timed_pipeline_makes_the_same_documents_and_times_each_of_its_stages()
    {
        var processor = DefaultPipeline.CreateProcessor(MissionCatalog.Load());
        var clock = new StageClock();
        var timed = processor.TimedBy(clock);

        foreach (var path in Directory.GetFiles(RepoPaths.Samples, "*.txt").Order(StringComparer.Ordinal))
        {
            var content = File.ReadAllBytes(path);
            var plain = processor.Process(content, path).Value;
            var measured = timed.Process(content, path).Value;

            Assert.Equal((plain.Id, plain.ContentHash), (measured.Id, measured.ContentHash));
            Assert.Equal(plain.Facts.Select(f => FactJson.Serialize(f, gold: false)), measured.Facts.Select(f => FactJson.Serialize(f, gold: false)));
            Assert.Equal(plain.Passages!.Units, measured.Passages!.Units);
        }

        Assert.All(Enum.GetValues<IngestStage>().Where(s => s != IngestStage.Store), stage => Assert.True(clock[stage] > TimeSpan.Zero, $"{stage} was not timed"));
        Assert.Equal(TimeSpan.Zero, clock[IngestStage.Store]);
    }

    [Fact]
    public async Task An_ingest_given_a_clock_sums_each_stage_over_its_runs()
    {
        var clock = new StageClock();
        var ingest = new IngestService(DefaultPipeline.CreateProcessor(MissionCatalog.Load()), NullLogger<IngestService>.Instance, clock);

        Assert.Equal(5, (await IngestAsync(ingest, "first.db")).Ingested.Count);
        var first = clock.All.ToDictionary(s => s.Stage, s => s.Time);
        Assert.Equal(5, (await IngestAsync(ingest, "second.db")).Ingested.Count);

        Assert.Equal(Enum.GetValues<IngestStage>(), clock.All.Select(s => s.Stage));
        Assert.All(first, stage => Assert.True(stage.Value > TimeSpan.Zero, $"{stage.Key} was not timed"));
        Assert.All(clock.All, stage => Assert.True(stage.Time > first[stage.Stage], $"{stage.Stage} did not add the second run"));
    }

    private async Task<IngestReport> IngestAsync(IngestService ingest, string database)
    {
        await using var store = new SqliteDocumentStore(Path.Combine(_folder, database));
        await store.MigrateAsync(default);
        return await ingest.IngestAsync(store, [RepoPaths.Samples], null, default);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
