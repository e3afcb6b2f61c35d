using System.Text.Json;

namespace Mandaat.Bench.Tests;

/// <summary>
/// bench on a CI-sized corpus (with PostgreSQL when the test server is there): proves every side runs and every figure is reported with its verdict, and fails when
/// the pipeline is broken — a document not stored, a search that finds nothing, a request that fails. It judges
/// no timing: speed is the bench's own figure, on a quiet machine.
/// </summary>
public sealed class BenchCommandTests
{
    private const string Bench = "mandaat-bench.dll";

    // A few tens of documents: enough for every route and mission to exist, seconds of ingest.
    private const int Documents = 40;

    private static readonly string? Postgres = Environment.GetEnvironmentVariable("MANDAAT_TEST_PG") is { Length: > 0 } server ? server : null;

    private static readonly string[] Backends = Postgres is null ? ["sqlite"] : ["sqlite", "postgres"];

    [Fact]
    public async Task A_bench_run_on_a_small_corpus_stores_every_document_finds_answers_and_judges_every_target()
    {
        // In process (the children it starts are real processes all the same): a run on a busy CI machine can take
        // longer than a CLI test may wait.
        var options = new BenchOptions(Documents, Postgres, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var run = await BenchRunner.RunAsync(RepoPaths.Samples, options, new Progress<string>(), CancellationToken.None);

        // Checked as `bench --json` writes it, so the JSON the lead reads is what is asserted.
        var figures = JsonSerializer.SerializeToElement(run, Mandaat.Contract.ContractJson.Options);
        Assert.Equal(Documents, figures.GetProperty("documents").GetInt32());
        AssertVocabularyGrows(figures.GetProperty("vocabulary"));
        AssertEveryDocumentStored(figures.GetProperty("ingests"));
        AssertSearchesFindAnswers(figures);
        AssertServedWithoutErrors(figures.GetProperty("serves"));
        AssertFiguresJudged(figures.GetProperty("figures"));
    }

    private static void AssertVocabularyGrows(JsonElement vocabulary)
    {
        var points = vocabulary.GetProperty("points").EnumerateArray().ToList();
        Assert.True(points.Count >= 2);
        Assert.Equal(Documents, points[^1].GetProperty("documents").GetInt32());
        for (var i = 1; i < points.Count; i++)
        {
            Assert.True(points[i].GetProperty("distinct_words").GetInt64() > points[i - 1].GetProperty("distinct_words").GetInt64(), "new words keep appearing");
        }

        // Heaps' law: sublinear, but growing.
        Assert.InRange(vocabulary.GetProperty("heaps_beta").GetDouble(), 0.2, 0.95);
    }

    private static void AssertEveryDocumentStored(JsonElement ingests)
    {
        Assert.Equal(Backends, ingests.EnumerateArray().Select(i => i.GetProperty("backend").GetString()));
        foreach (var ingest in ingests.EnumerateArray())
        {
            Assert.True(ingest.GetProperty("failed").GetInt32() == 0, ingest.GetProperty("failures").ToString());
            Assert.Equal(Documents, ingest.GetProperty("ingested").GetInt32());
            Assert.True(ingest.GetProperty("seconds").GetDouble() > 0);
            Assert.True(ingest.GetProperty("store_megabytes").GetDouble() > 0);
        }
    }

    private static void AssertSearchesFindAnswers(JsonElement figures)
    {
        var queries = figures.GetProperty("queries").GetInt32();
        var sides = figures.GetProperty("search_in_process").EnumerateArray().ToList();
        Assert.Equal(["raw", .. Backends], sides.Select(s => s.GetProperty("side").GetString()));
        foreach (var side in sides)
        {
            // The queries are the record's words: on a working index most of them find something.
            Assert.True(side.GetProperty("queries_with_hits").GetInt32() * 2 > queries, side.GetProperty("side").GetString());
        }
    }

    private static void AssertServedWithoutErrors(JsonElement serves)
    {
        var runs = serves.EnumerateArray().ToList();
        Assert.Equal(Backends.Length + 1, runs.Count);
        Assert.Equal(2, runs.Where(r => r.GetProperty("backend").GetString() == "sqlite").Select(r => r.GetProperty("tiered_pgo").GetBoolean()).Distinct().Count());
        foreach (var serve in runs)
        {
            Assert.Equal(["home", "mission_page", "api_missions", "document_page", "commitments"], serve.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
            Assert.All(serve.GetProperty("routes").EnumerateArray(), r => Assert.True(r.GetProperty("samples").GetInt32() >= 3));
            Assert.Equal([1, 8, 32], serve.GetProperty("load").EnumerateArray().Select(l => l.GetProperty("clients").GetInt32()));
            Assert.All(serve.GetProperty("load").EnumerateArray(), l =>
            {
                Assert.Equal(0, l.GetProperty("errors").GetInt32());
                Assert.True(l.GetProperty("requests").GetInt32() > 0);
            });
        }
    }

    private static void AssertFiguresJudged(JsonElement figures)
    {
        var byId = figures.EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);
        foreach (var id in new[]
        {
            "sqlite_ingest_megabytes_per_second", "sqlite_ingest_peak_megabytes", "sqlite_store_megabytes",
            "sqlite_search_p95_milliseconds", "sqlite_http_search_p95_milliseconds", "sqlite_home_p95_milliseconds",
            "sqlite_mission_page_p95_milliseconds", "sqlite_api_missions_p95_milliseconds", "sqlite_document_page_p95_milliseconds",
            "sqlite_commitments_p95_milliseconds", "sqlite_load_32_p99_milliseconds", "sqlite_load_32_errors", "sqlite_serve_peak_megabytes",
            "pgo_http_search_p95_milliseconds", "pgo_load_8_requests_per_second",
        })
        {
            Assert.True(byId.ContainsKey(id), id);
        }

        if (Backends.Length > 1)
        {
            Assert.True(byId.ContainsKey("postgres_search_p95_against_sqlite"));
            Assert.True(byId.ContainsKey("postgres_http_search_p95_against_sqlite"));
        }

        foreach (var (id, figure) in byId)
        {
            Assert.True(figure.GetProperty("value").GetDouble() >= 0, id);
            var verdict = figure.GetProperty("verdict");
            Assert.True(verdict.ValueKind == JsonValueKind.Null || verdict.GetString() is "PASS" or "MISS", id);
            // Nothing is judged without a target.
            Assert.True(verdict.ValueKind == JsonValueKind.Null || figure.GetProperty("target").ValueKind != JsonValueKind.Null, id);
        }

        // Page growth needs a smaller run to compare with (--against); the other targets are judged in every run.
        Assert.Equal(JsonValueKind.Null, byId["sqlite_home_p95_milliseconds"].GetProperty("verdict").ValueKind);
        Assert.All(new[] { "sqlite_search_p95_milliseconds", "sqlite_http_search_p95_milliseconds", "sqlite_ingest_peak_megabytes", "sqlite_load_32_errors", "sqlite_ingest_megabytes_per_second" },
            id => Assert.Equal(JsonValueKind.String, byId[id].GetProperty("verdict").ValueKind));
    }

    [Theory]
    [InlineData("--docs", "0")]
    [InlineData("--load-seconds", "0")]
    [InlineData("--against", "geen-bestand.json")]
    public void Bench_rejects_a_wrong_option_as_a_usage_error(string option, string value)
    {
        using var workspace = new CliWorkspace(Bench);

        Assert.Equal(2, workspace.Run("bench", option, value).ExitCode);
    }
}
