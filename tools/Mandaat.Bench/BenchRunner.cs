using System.Diagnostics;
using System.Text.Json;
using Mandaat.Corpus;
using Mandaat.Hosting;
using Mandaat.Search.Ranking;
using Mandaat.Store;

namespace Mandaat.Bench;

/// <summary>
/// One bench run (docs/BENCHMARKS.md gives the method and every definition): composes the corpus from the real
/// record; ingests it with raw FTS5 and with <c>mandaat ingest</c> into each store, every ingest a fresh
/// process after the page cache is written back; times search in process (raw FTS5, SQLite, PostgreSQL in
/// alternation, query by query); then starts <c>mandaat serve</c> over each store and times search over HTTP
/// (beside raw FTS5, in alternation), the pages and routes readers open, and 1, 8 and 32 concurrent clients —
/// on SQLite once as shipped and once with TieredPGO switched, so its effect is a figure of the same run.
/// Everything in a temp folder (and a scratch PostgreSQL database) that is removed afterwards.
/// </summary>
public static class BenchRunner
{
    private const string Sqlite = "sqlite";
    private const string Postgres = "postgres";

    public static async Task<BenchFigures> RunAsync(string samplesFolder, BenchOptions options, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var root = Directory.CreateTempSubdirectory("mandaat-bench-").FullName;
        PostgresScratch? scratch = null;
        try
        {
            var programs = Programs.Prepare(root);
            progress.Report($"composing {options.Documents} documents from the real record");
            var corpus = RecordCorpus.Compose(RecordSources.Find(samplesFolder), options.Documents, root);
            var stores = new List<(string Backend, string Location)> { (Sqlite, Path.Combine(root, "mandaat.db")) };
            if (options.Postgres is { } server)
            {
                scratch = await PostgresScratch.CreateAsync(server, cancellationToken);
                stores.Add((Postgres, scratch.ConnectionString));
            }

            progress.Report($"ingest: raw FTS5, then mandaat ingest into {string.Join(" and ", stores.Select(s => s.Backend))}, each a fresh process");
            var rawDatabase = Path.Combine(root, "raw.db");
            DiskFlush.All();
            var raw = (await ChildRun.RunAsync(Programs.RawInsert(rawDatabase, corpus.Folder), cancellationToken)).Succeeded("the raw FTS5 insert");
            var rawMegabytes = StoreFiles.Megabytes(rawDatabase);
            var ingests = new List<IngestRun>();
            foreach (var (backend, location) in stores)
            {
                ingests.Add(await IngestAsync(programs, corpus, backend, location, scratch, cancellationToken));
            }

            progress.Report("search in process: raw FTS5 and each store, query by query");
            var inProcess = await SearchInProcessAsync(rawDatabase, stores, cancellationToken);

            var serves = new List<ServeRun>();
            foreach (var (backend, location) in stores)
            {
                // TieredPGO's effect is measured on SQLite, the default store: once as shipped, once switched.
                foreach (var pgo in backend == Sqlite ? new[] { programs.ShippedPgo, !programs.ShippedPgo } : [programs.ShippedPgo])
                {
                    progress.Report($"serve over {backend}, TieredPGO {(pgo ? "on" : "off")}: search, pages, {string.Join("/", BenchOptions.Concurrency)} clients");
                    serves.Add(await ServeAsync(programs, backend, location, pgo, rawDatabase, options, cancellationToken));
                }
            }

            progress.Report("PDF extraction");
            var pdf = PdfExtractionBench.Run(PdfFixtures.Find(samplesFolder), root, BenchOptions.SearchRounds);

            var figures = FigureBook.Compose(options, corpus, raw, rawMegabytes, ingests, inProcess, serves, programs.ShippedPgo, pdf);
            return new BenchFigures(options.Documents, BenchQueries.All.Count, corpus.Megabytes, corpus.SourceFiles, corpus.Vocabulary, programs.ShippedPgo, options.Against?.File, ingests, inProcess, serves, figures, pdf.NotMeasured);
        }
        finally
        {
            if (scratch is not null)
            {
                await scratch.DisposeAsync();
            }

            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<IngestRun> IngestAsync(Programs programs, ComposedCorpus corpus, string backend, string location, PostgresScratch? scratch, CancellationToken cancellationToken)
    {
        DiskFlush.All();
        var run = await ChildRun.RunAsync(programs.Mandaat(null, new Dictionary<string, string>(), "--db", location, "--json", "ingest", corpus.Folder), cancellationToken);
        if (run.ExitCode is not (0 or 1) || string.IsNullOrWhiteSpace(run.Stdout))
        {
            throw new InvalidOperationException($"mandaat ingest into {backend} failed with exit code {run.ExitCode}: {run.Stderr.Trim()}");
        }

        using var report = JsonDocument.Parse(run.Stdout);
        var failed = report.RootElement.GetProperty("failed").EnumerateArray()
            .Select(f => $"{f.GetProperty("path").GetString()}: {f.GetProperty("error").GetString()}").ToList();
        var size = backend == Postgres ? await scratch!.MegabytesAsync(cancellationToken) : StoreFiles.Megabytes(location);
        return new IngestRun(
            backend,
            report.RootElement.GetProperty("ingested").GetArrayLength(),
            report.RootElement.GetProperty("updated").GetArrayLength(),
            report.RootElement.GetProperty("unchanged").GetArrayLength(),
            failed.Count,
            [.. failed.Take(10)],
            run.Elapsed.TotalSeconds,
            corpus.Megabytes / run.Elapsed.TotalSeconds,
            run.PeakMegabytes,
            size);
    }

    /// <summary>Every query on each side in turn: one untimed each, then <see cref="BenchOptions.SearchRounds"/> rounds timing the sides one after another.</summary>
    private static async Task<IReadOnlyList<SearchTimes>> SearchInProcessAsync(string rawDatabase, List<(string Backend, string Location)> stores, CancellationToken cancellationToken)
    {
        using var raw = new RawFtsBaseline(rawDatabase);
        var opened = new List<IDocumentStore>();
        try
        {
            foreach (var (_, location) in stores)
            {
                opened.Add(await StoreLocation.Parse(location).Value.OpenAsync(cancellationToken));
            }

            var sides = new List<(string Name, Func<string, Task<int>> Search)> { ("raw", q => Task.FromResult(raw.Search(q))) };
            sides.AddRange(stores.Select((s, i) => (s.Backend, (Func<string, Task<int>>)(q => MandaatSearchAsync(opened[i], q, cancellationToken)))));
            return await TimeAlternatingAsync(sides);
        }
        finally
        {
            foreach (var store in opened)
            {
                await store.DisposeAsync();
            }
        }
    }

    private static async Task<ServeRun> ServeAsync(Programs programs, string backend, string location, bool pgo, string rawDatabase, BenchOptions options, CancellationToken cancellationToken)
    {
        await using var serve = await ServeProcess.StartAsync(programs, pgo, location, cancellationToken);
        var client = serve.Client;
        IReadOnlyList<SearchTimes> searches;
        using (var raw = new RawFtsBaseline(rawDatabase))
        {
            searches = await TimeAlternatingAsync(
            [
                ("raw", q => Task.FromResult(raw.Search(q))),
                (backend, async q => await HttpTiming.GetAsync(client, HttpTiming.SearchPath(q), cancellationToken) >= 0 ? 1 : 0),
            ]);
        }

        var routes = await ServedRoutes.DiscoverAsync(client, cancellationToken);
        var times = new List<RouteTimes>();
        foreach (var (id, path) in routes)
        {
            var samples = await HttpTiming.SampleAsync(client, path, BenchOptions.RouteRounds, options.RouteBudget, cancellationToken);
            times.Add(new RouteTimes(id, path, samples.Length, Percentiles.Of(samples, 0.50), Percentiles.Of(samples, 0.95)));
        }

        // Readers' mix: a search, then a page, through every query and route.
        var mix = BenchQueries.All.SelectMany((q, i) => new[] { HttpTiming.SearchPath(q), routes[i % routes.Count].Path }).ToList();
        var load = new List<LoadRun>();
        foreach (var clients in BenchOptions.Concurrency)
        {
            load.Add(await LoadRun.RunAsync(client, mix, clients, options.LoadDuration, cancellationToken));
        }

        return new ServeRun(
            backend,
            pgo,
            Percentiles.Of(searches[1].Milliseconds, 0.50),
            Percentiles.Of(searches[1].Milliseconds, 0.95),
            Percentiles.Of(searches[0].Milliseconds, 0.50),
            Percentiles.Of(searches[0].Milliseconds, 0.95),
            times,
            load,
            serve.PeakMegabytes);
    }

    private static async Task<IReadOnlyList<SearchTimes>> TimeAlternatingAsync(IReadOnlyList<(string Name, Func<string, Task<int>> Search)> sides)
    {
        var samples = sides.Select(_ => new List<double>()).ToArray();
        var hits = new int[sides.Count];
        foreach (var query in BenchQueries.All)
        {
            foreach (var side in sides)
            {
                await side.Search(query);
            }

            for (var round = 0; round < BenchOptions.SearchRounds; round++)
            {
                for (var i = 0; i < sides.Count; i++)
                {
                    var clock = Stopwatch.StartNew();
                    hits[i] += await sides[i].Search(query) > 0 ? 1 : 0;
                    samples[i].Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }

        return [.. sides.Select((s, i) => new SearchTimes(s.Name, [.. samples[i]], hits[i] / BenchOptions.SearchRounds))];
    }

    private static async Task<int> MandaatSearchAsync(IDocumentStore store, string query, CancellationToken cancellationToken)
    {
        var outcome = await ((ISearchService)store).SearchAsync(new SearchRequest(query, Limit: 20), cancellationToken);
        return outcome.Succeeded ? outcome.Value.Count : throw new InvalidOperationException($"search '{query}' failed: {outcome.Error}");
    }
}
