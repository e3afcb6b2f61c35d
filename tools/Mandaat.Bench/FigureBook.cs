using System.Globalization;
using Mandaat.Corpus;

namespace Mandaat.Bench;

/// <summary>
/// Turns a run's measurements into the figures of issue 26, each with its target (docs/BENCHMARKS.md, "Targets").
/// Ids are stable across runs, so a 20,000-document run finds the 2,000-document values by id (<c>--against</c>).
/// </summary>
public static class FigureBook
{
    public const double IngestAtLeast = 0.10;
    public const double SearchAtMost = 1.5;
    public const double PostgresSearchAtMost = 2.0;
    public const double RouteGrowthAtMost = 2.0;
    public const double MemoryAtMostMegabytes = 1024;
    public const double TailAtMost = 10.0;
    public const double PdfExtractionAtMost = 2.0;
    public const int HeaviestLoad = 32;

    public static IReadOnlyList<Figure> Compose(
        BenchOptions options,
        ComposedCorpus corpus,
        ChildRun raw,
        double rawMegabytes,
        IReadOnlyList<IngestRun> ingests,
        IReadOnlyList<SearchTimes> inProcess,
        IReadOnlyList<ServeRun> serves,
        bool shippedPgo,
        PdfExtractionTimes pdf)
    {
        var figures = new List<Figure>();
        var rawRate = corpus.Megabytes / raw.Elapsed.TotalSeconds;
        var rawSearch = inProcess[0];
        foreach (var ingest in ingests)
        {
            var b = ingest.Backend;
            figures.Add(b == "sqlite"
                ? Figure.AtLeast($"{b}_ingest_megabytes_per_second", $"ingest, {b}", "MB/s", ingest.MegabytesPerSecond, rawRate, "raw FTS5", IngestAtLeast)
                : Figure.AtMost($"{b}_ingest_megabytes_per_second", $"ingest, {b}", "MB/s", ingest.MegabytesPerSecond, rawRate, "raw FTS5", null));
            if (ingest.PeakMegabytes is { } peak)
            {
                figures.Add(Figure.Within($"{b}_ingest_peak_megabytes", $"peak memory of ingest, {b}", "MB", peak, MemoryAtMostMegabytes));
            }

            figures.Add(Figure.AtMost($"{b}_store_megabytes", $"store size, {b}", "MB", ingest.StoreMegabytes, rawMegabytes, "raw FTS5", null));
        }

        foreach (var side in inProcess.Skip(1))
        {
            figures.Add(Figure.AtMost($"{side.Side}_search_p50_milliseconds", $"search p50 in process, {side.Side}", "ms", side.P50, rawSearch.P50, "raw FTS5 p50", null));
            figures.Add(Figure.AtMost($"{side.Side}_search_p95_milliseconds", $"search p95 in process, {side.Side}", "ms", side.P95, rawSearch.P95, "raw FTS5 p95", SearchAtMost));
        }

        if (inProcess.Count > 2)
        {
            figures.Add(Figure.AtMost("postgres_search_p95_against_sqlite", "search p95 in process, postgres against sqlite", "ms", inProcess[2].P95, inProcess[1].P95, "sqlite p95", PostgresSearchAtMost));
        }

        var shipped = serves.Where(s => s.TieredPgo == shippedPgo).ToList();
        foreach (var serve in shipped)
        {
            AddServed(figures, serve, options.Against, options.Documents);
        }

        if (shipped.Count > 1)
        {
            figures.Add(Figure.AtMost("postgres_http_search_p95_against_sqlite", "search p95 over HTTP, postgres against sqlite", "ms", shipped[1].SearchP95Milliseconds, shipped[0].SearchP95Milliseconds, "sqlite p95", PostgresSearchAtMost));
        }

        foreach (var backend in serves.Select(s => s.Backend).Distinct())
        {
            if (serves.Where(s => s.Backend == backend).Max(s => s.PeakMegabytes) is { } peak)
            {
                figures.Add(Figure.Within($"{backend}_serve_peak_megabytes", $"peak memory of serve, {backend}", "MB", peak, MemoryAtMostMegabytes));
            }
        }

        AddPgoEffect(figures, serves, shippedPgo);
        if (pdf.PdfPigMilliseconds is { } pig && pdf.PdftotextMilliseconds is { } poppler)
        {
            figures.Add(Figure.AtMost("pdf_extraction_milliseconds", $"PDF extraction, {pdf.Files} file(s), PdfPig", "ms", pig, poppler, "pdftotext", PdfExtractionAtMost));
        }

        return figures;
    }

    private static void AddServed(List<Figure> figures, ServeRun serve, ReferenceRun? against, int documents)
    {
        var b = serve.Backend;
        figures.Add(Figure.AtMost($"{b}_http_search_p50_milliseconds", $"search p50 over HTTP, {b}", "ms", serve.SearchP50Milliseconds, serve.RawSearchP50Milliseconds, "raw FTS5 p50", null));
        figures.Add(Figure.AtMost($"{b}_http_search_p95_milliseconds", $"search p95 over HTTP, {b}", "ms", serve.SearchP95Milliseconds, serve.RawSearchP95Milliseconds, "raw FTS5 p95", SearchAtMost));
        foreach (var route in serve.Routes)
        {
            figures.Add(Grown($"{b}_{route.Id}_p50_milliseconds", $"{route.Path} p50, {b}", route.P50Milliseconds, against, documents, judged: false));
            figures.Add(Grown($"{b}_{route.Id}_p95_milliseconds", $"{route.Path} p95, {b}", route.P95Milliseconds, against, documents, judged: true));
        }

        foreach (var load in serve.Load)
        {
            var c = load.Clients.ToString(CultureInfo.InvariantCulture);
            figures.Add(Figure.Plain($"{b}_load_{c}_requests_per_second", $"{c} clients, {b}: requests answered", "req/s", load.RequestsPerSecond));
            figures.Add(Figure.Plain($"{b}_load_{c}_p50_milliseconds", $"{c} clients, {b}: p50", "ms", load.P50Milliseconds));
            figures.Add(load.Clients == HeaviestLoad
                ? Figure.AtMost($"{b}_load_{c}_p99_milliseconds", $"{c} clients, {b}: p99 against p50", "ms", load.P99Milliseconds, load.P50Milliseconds, "p50", TailAtMost)
                : Figure.Plain($"{b}_load_{c}_p99_milliseconds", $"{c} clients, {b}: p99", "ms", load.P99Milliseconds));
            figures.Add(load.Clients == HeaviestLoad
                ? Figure.Within($"{b}_load_{c}_errors", $"{c} clients, {b}: failed requests", "requests", load.Errors, 0)
                : Figure.Plain($"{b}_load_{c}_errors", $"{c} clients, {b}: failed requests", "requests", load.Errors));
        }
    }

    /// <summary>A page's time against its time in the reference run (a smaller store): judged only when that run was smaller.</summary>
    private static Figure Grown(string id, string measure, double value, ReferenceRun? against, int documents, bool judged)
    {
        var reference = against?.Value(id);
        var comparable = reference is not null && against!.Documents < documents;
        return Figure.AtMost(id, measure, "ms", value, comparable ? reference : null, comparable ? against!.Describe("the same") : null, judged && comparable ? RouteGrowthAtMost : null);
    }

    /// <summary>TieredPGO switched against as shipped, on the same store in the same run: the ratio is switched / shipped.</summary>
    private static void AddPgoEffect(List<Figure> figures, IReadOnlyList<ServeRun> serves, bool shippedPgo)
    {
        var asShipped = serves.FirstOrDefault(s => s.Backend == "sqlite" && s.TieredPgo == shippedPgo);
        var switched = serves.FirstOrDefault(s => s.Backend == "sqlite" && s.TieredPgo != shippedPgo);
        if (asShipped is null || switched is null)
        {
            return;
        }

        var name = $"TieredPGO {(switched.TieredPgo ? "on" : "off")} against {(shippedPgo ? "on" : "off")} (shipped)";
        figures.Add(Figure.AtMost("pgo_http_search_p50_milliseconds", $"{name}: search p50 over HTTP", "ms", switched.SearchP50Milliseconds, asShipped.SearchP50Milliseconds, "as shipped", null));
        figures.Add(Figure.AtMost("pgo_http_search_p95_milliseconds", $"{name}: search p95 over HTTP", "ms", switched.SearchP95Milliseconds, asShipped.SearchP95Milliseconds, "as shipped", null));
        foreach (var route in switched.Routes)
        {
            var shippedRoute = asShipped.Routes.First(r => r.Id == route.Id);
            figures.Add(Figure.AtMost($"pgo_{route.Id}_p50_milliseconds", $"{name}: {route.Path} p50", "ms", route.P50Milliseconds, shippedRoute.P50Milliseconds, "as shipped", null));
        }

        foreach (var load in switched.Load)
        {
            var shippedLoad = asShipped.Load.First(l => l.Clients == load.Clients);
            var c = load.Clients.ToString(CultureInfo.InvariantCulture);
            figures.Add(Figure.AtMost($"pgo_load_{c}_requests_per_second", $"{name}: {c} clients, requests answered", "req/s", load.RequestsPerSecond, shippedLoad.RequestsPerSecond, "as shipped", null));
        }

        if (switched.PeakMegabytes is { } peak && asShipped.PeakMegabytes is { } shippedPeak)
        {
            figures.Add(Figure.AtMost("pgo_serve_peak_megabytes", $"{name}: peak memory of serve", "MB", peak, shippedPeak, "as shipped", null));
        }
    }
}
