using System.CommandLine;
using System.Globalization;
using Mandaat.Cli;
using Mandaat.Cli.Output;
using Mandaat.Hosting;
using Spectre.Console;

namespace Mandaat.Bench;

/// <summary>
/// <c>bench [--docs N]</c>: measures Mandaat against raw SQLite FTS5 on a corpus generated from the
/// samples (search also over HTTP), and PdfPig against pdftotext on the PDF fixtures, in one run on this
/// machine, and shows each figure beside its baseline and the target.
/// It works in a temp folder and never touches the --db store.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var docs = new Option<int>("--docs") { Description = "Documents in the corpus (the scaling run ingests 4× as many).", DefaultValueFactory = _ => 2000 };
        var command = new Command("bench", "Benchmark ingest, search and memory against raw SQLite FTS5, and PDF reading against pdftotext.") { docs };
        command.SetAction(async (parse, ct) =>
        {
            var documents = parse.GetValue(docs);
            var samples = SamplesFolder.Locate();
            if (documents < 1 || samples is null)
            {
                Terminal.WriteError(documents < 1
                    ? $"--docs expects a positive number of documents, not {documents}"
                    : "no samples folder found; run from the repository or set MANDAAT_HOME");
                return ExitCodes.Usage;
            }

            // Progress goes to stderr so --json output stays one JSON value.
            var progress = new Progress<string>(step => Console.Error.WriteLine($"bench: {step}"));
            var figures = await BenchRunner.RunAsync(samples, PdfFixtures.Find(samples), documents, progress, ct);
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
        var table = new Table().RoundedBorder().AddColumn("measure").AddColumn("Mandaat").AddColumn("baseline").AddColumn("ratio").AddColumn("target").AddColumn("");
        table.AddRow("ingest (MB/s)", N(f.IngestMegabytesPerSecond), $"{N(f.RawMegabytesPerSecond)} raw FTS5", $"{N(f.IngestRatio)}×", $"≥ {N(BenchFigures.IngestTarget)}×", Verdict(f.IngestMet));
        table.AddRow("search p50 (ms)", N(f.SearchP50Milliseconds), $"{N(f.RawSearchP50Milliseconds)} raw FTS5", $"{N(f.SearchP50Milliseconds / f.RawSearchP50Milliseconds)}×", "", "");
        table.AddRow("search p95 (ms)", N(f.SearchP95Milliseconds), $"{N(f.RawSearchP95Milliseconds)} raw FTS5", $"{N(f.SearchP95Ratio)}×", $"≤ {N(BenchFigures.SearchTarget)}×", Verdict(f.SearchMet));
        table.AddRow("search p50 over HTTP (ms)", N(f.HttpSearchP50Milliseconds), $"{N(f.RawSearchP50Milliseconds)} raw FTS5", $"{N(f.HttpSearchP50Milliseconds / f.RawSearchP50Milliseconds)}×", "", "");
        table.AddRow("search p95 over HTTP (ms)", N(f.HttpSearchP95Milliseconds), $"{N(f.RawSearchP95Milliseconds)} raw FTS5", $"{N(f.HttpSearchP95Ratio)}×", $"≤ {N(BenchFigures.SearchTarget)}×", Verdict(f.HttpSearchMet));
        AddPdfRow(table, f);
        table.AddRow("peak working set (MB)", N(f.PeakWorkingSetMegabytes), "", "", $"≤ {N(BenchFigures.MemoryTargetMegabytes)} MB", Verdict(f.MemoryMet));
        table.AddRow("ingest time (s)", $"{N(f.ScaledIngestSeconds)} at {f.Documents * 4} docs", $"{N(f.GroupIngestSeconds)} at {f.Documents} docs (mean of {BenchRunner.GroupSize} back to back)", $"{N(f.ScalingRatio)}×", $"≤ {N(BenchFigures.ScalingTarget)}×", Verdict(f.ScalingMet));
        Terminal.Out.Write(table);
        Terminal.Out.WriteLine(
            $"{f.Documents} documents, {N(f.CorpusMegabytes)} MB, {f.Queries} queries × {BenchRunner.TimedRounds} timed rounds; " +
            $"ingest rate: the fastest of {BenchRunner.IngestRuns * BenchRunner.GroupSize} raw inserts and of as many N ingests; " +
            $"scaling: the fastest of {BenchRunner.IngestRuns} 4N ingests against the fastest round of {BenchRunner.GroupSize} N ingests; " +
            $"the sides of every ratio measured in alternation; {f.IngestFailures} ingest failures.");
        // Where the ingest's time went, summed over the workers (so it can exceed the wall time).
        Terminal.Out.WriteLine("ingest time per stage (s, all workers): " + string.Join(", ", f.IngestStageSeconds.Select(s => $"{s.Key} {N(s.Value)}")) + ".");
    }

    private static void AddPdfRow(Table table, BenchFigures f)
    {
        var measure = $"PDF extraction, {f.PdfFiles} file(s) (ms)";
        var target = $"≤ {N(BenchFigures.PdfExtractionTarget)}×";
        if (f.PdfPigMilliseconds is { } pig && f.PdftotextMilliseconds is { } poppler && f.PdfExtractionRatio is { } ratio && f.PdfExtractionMet is { } met)
        {
            table.AddRow(measure, $"{N(pig)} PdfPig", $"{N(poppler)} pdftotext", $"{N(ratio)}×", target, Verdict(met));
        }
        else
        {
            // Never a number that was not measured: the reason says what to install.
            table.AddRow(measure, Markup.Escape($"not measured: {f.PdfExtractionNotMeasured}"), "", "", target, "");
        }
    }

    private static string N(double value) => value.ToString(value >= 100 ? "0" : "0.00", CultureInfo.InvariantCulture);

    private static string Verdict(bool met) => met ? "[green]PASS[/]" : "[red]MISS[/]";
}
