using System.CommandLine;
using System.Globalization;
using Mandaat.Cli;
using Mandaat.Cli.Output;
using Mandaat.Hosting;
using Spectre.Console;

namespace Mandaat.Bench;

/// <summary>
/// <c>bench [--docs N] [--pg CONNECTION] [--against FILE] [--load-seconds S] [--route-seconds S]</c>: measures Mandaat against raw
/// SQLite FTS5 on a corpus composed from the real record, every side in one run (docs/BENCHMARKS.md), and shows
/// each figure beside its baseline and the issue's target. It works in a temp folder (and a scratch database on
/// the PostgreSQL server) and never touches the --db store.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var docs = new Option<int>("--docs") { Description = "Documents in the composed corpus.", DefaultValueFactory = _ => 2000 };
        var pg = new Option<string?>("--pg") { Description = "A PostgreSQL server (connection string) to measure beside SQLite; the bench creates and drops a scratch database on it." };
        var against = new Option<string?>("--against") { Description = "The --json output of a smaller run (bench --docs 2000 --json): pages are judged against their time there." };
        var loadSeconds = new Option<int>("--load-seconds") { Description = "How long each concurrency level (1, 8, 32 clients) runs.", DefaultValueFactory = _ => 20 };
        var routeSeconds = new Option<int>("--route-seconds") { Description = "How long each page or route is timed at most (20 GETs, but never fewer than 3).", DefaultValueFactory = _ => 30 };
        var command = new Command("bench", "Benchmark ingest, search, pages, memory and load against raw SQLite FTS5 (and PDF reading against pdftotext).") { docs, pg, against, loadSeconds, routeSeconds };
        command.SetAction(async (parse, ct) =>
        {
            var documents = parse.GetValue(docs);
            var seconds = Math.Min(parse.GetValue(loadSeconds), parse.GetValue(routeSeconds));
            var samples = SamplesFolder.Locate();
            var reference = parse.GetValue(against);
            string? problem = documents < 1 ? $"--docs expects a positive number of documents, not {documents}"
                : seconds < 1 ? "--load-seconds and --route-seconds expect a positive number of seconds"
                : samples is null ? "no samples folder found; run from the repository or set MANDAAT_HOME"
                : reference is not null && !File.Exists(reference) ? $"--against {reference}: no such file"
                : null;
            if (problem is not null)
            {
                Terminal.WriteError(problem);
                return ExitCodes.Usage;
            }

            var options = new BenchOptions(documents, parse.GetValue(pg), reference is null ? null : ReferenceRun.Load(reference), TimeSpan.FromSeconds(parse.GetValue(loadSeconds)), TimeSpan.FromSeconds(parse.GetValue(routeSeconds)));

            // Progress goes to stderr so --json output stays one JSON value.
            var progress = new Progress<string>(step => Console.Error.WriteLine($"bench: {step}"));
            var figures = await BenchRunner.RunAsync(samples!, options, progress, ct);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(figures);
            }
            else
            {
                Write(figures);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(BenchFigures f)
    {
        var table = new Table().RoundedBorder().AddColumn("measure").AddColumn("value").AddColumn("baseline").AddColumn("ratio").AddColumn("target").AddColumn("");
        foreach (var figure in f.Figures)
        {
            table.AddRow(
                Markup.Escape(figure.Measure),
                $"{N(figure.Value)} {Markup.Escape(figure.Unit)}",
                figure.Baseline is { } b ? Markup.Escape($"{N(b)} {figure.BaselineMeasure}") : "",
                figure.Ratio is { } r ? $"{N(r)}×" : "",
                Markup.Escape(figure.Target ?? ""),
                figure.Verdict switch { Figure.Pass => "[green]PASS[/]", Figure.Miss => "[red]MISS[/]", _ => "" });
        }

        Terminal.Out.Write(table);
        var growth = string.Join(", ", f.Vocabulary.Points.Select(p => $"{p.Documents}: {p.DistinctWords}/{p.Words}"));
        Terminal.Out.WriteLine(
            $"{f.Documents} documents ({N(f.CorpusMegabytes)} MB) composed from {f.SourceFiles} real texts; distinct/running words {growth}; Heaps β {N(f.Vocabulary.HeapsBeta)}. " +
            $"{f.Queries} queries × {BenchOptions.SearchRounds} rounds; TieredPGO as shipped: {(f.ShippedTieredPgo ? "on" : "off")}. " +
            string.Join("; ", f.Ingests.Select(i => $"{i.Backend}: {i.Ingested} stored, {i.Updated} new versions, {i.Failed} refused")) + ".");
        if (f.PdfExtractionNotMeasured is { } reason)
        {
            Terminal.Out.WriteLine(Markup.Escape($"PDF extraction not measured: {reason}"));
        }
    }

    private static string N(double value) => value.ToString(value >= 100 ? "0" : "0.00", CultureInfo.InvariantCulture);
}
