using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Pipeline;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Spectre.Console;

namespace Mandaat.Cli.Commands;

/// <summary><c>ingest PATH…</c>: read, identify, extract and store files and folders.</summary>
public static class IngestCommand
{
    public static Command Create(CommandServices services)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (searched recursively) of .txt, .pdf, .xml, .html or .docx documents.",
            Arity = ArgumentArity.OneOrMore,
        };
        var revision = new Option<bool>("--revision")
        {
            Description = "The files are revised texts of papers already stored: each whose words differ becomes its paper's new version " +
                "whatever its file name (`show ID --version N` still shows the earlier one). Without it, only a changed file of the same name, " +
                "or one saying herdruk or rectificatie, is a new version; other texts of a stored paper are taken for copies.",
        };
        var command = new Command("ingest", "Read, identify, extract and store documents; content already stored is skipped.") { paths, revision };
        command.SetAction((parse, ct) => RunAsync(services, parse, parse.GetValue(paths)!, parse.GetValue(revision), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandServices services, ParseResult parse, string[] paths, bool revision, CancellationToken cancellationToken)
    {
        var store = await services.StoreAsync(create: true);
        var report = await RunWithProgressAsync(services.Get<IngestService>(), store, paths, cancellationToken, revision);
        // Each document's register entry was written with it; its snapshots are made now, once.
        await RegisterRefresh.RunAsync(services, store, cancellationToken);

        if (parse.GetValue(GlobalOptions.Json))
        {
            Json.Write(new { ingested = report.Ingested, updated = report.Updated, unchanged = report.Unchanged, failed = report.Failed });
        }
        else
        {
            WriteSummary(report);
            await WriteVersionsAsync(store, report.Updated, cancellationToken);
        }

        foreach (var failure in report.Failed)
        {
            Terminal.WriteError($"{failure.Path}: {failure.Error}");
        }

        return report.Failed.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>
    /// Ingests with progress on stderr, whatever stdout is: a bar at a terminal, else a line now and then
    /// (<see cref="ProgressLines"/>); shared by ingest and quickstart.
    /// </summary>
    public static async Task<IngestReport> RunWithProgressAsync(IngestService ingest, IDocumentStore store, IEnumerable<string> paths, CancellationToken cancellationToken, bool revision = false)
    {
        if (!Terminal.Error.Profile.Capabilities.Interactive)
        {
            return await ingest.IngestAsync(store, paths, new ProgressLines(Console.Error, TimeSpan.FromSeconds(2)), revision, cancellationToken);
        }

        IngestReport? report = null;
        await Terminal.Error.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("Ingesting");
            var progress = new Progress<IngestProgress>(p =>
            {
                task.MaxValue = p.Total;
                task.Value = p.Done;
                task.Description = DocumentTable.Shorten(Path.GetFileName(p.Path), 40);
            });
            report = await ingest.IngestAsync(store, paths, progress, revision, cancellationToken);
        });
        return report!;
    }

    /// <summary>Each paper that got a new version, with its number and where the earlier one still is.</summary>
    private static async Task WriteVersionsAsync(IDocumentStore store, IReadOnlyList<DocumentSummary> updated, CancellationToken cancellationToken)
    {
        foreach (var paper in updated)
        {
            if ((await store.GetAsync(paper.Id, cancellationToken))?.Versions.FirstOrDefault(v => v.Current) is { } current)
            {
                Terminal.Out.MarkupLine(Markup.Escape($"{paper.Id}: version {current.Version} (the earlier: show {paper.Id} --version {current.Version - 1})"));
            }
        }
    }

    private static void WriteSummary(IngestReport report)
    {
        if (report.Ingested.Count + report.Updated.Count > 0)
        {
            DocumentTable.Write([.. report.Ingested, .. report.Updated]);
        }

        Terminal.Out.MarkupLine(
            $"[green]{report.Ingested.Count} ingested[/], {report.Updated.Count} updated (a new version), {report.Unchanged.Count} unchanged, " +
            $"{(report.Failed.Count > 0 ? "[red]" : "[grey]")}{report.Failed.Count} failed[/]");
    }
}
