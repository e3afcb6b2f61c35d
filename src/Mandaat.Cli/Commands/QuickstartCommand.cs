using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Hosting;
using Mandaat.Pipeline;
using Mandaat.Store;
using Spectre.Console;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>quickstart</c>: Mandaat's main job on the bundled samples — ingest them into the store, print what
/// was found in each, and serve them on 127.0.0.1:5080 for a person at a terminal (issue 7). A script
/// (stdout redirected, or --json) gets the overview and the exit code without a server, unless --serve.
/// </summary>
public static class QuickstartCommand
{
    public static Command Create(CommandServices services)
    {
        var serve = new Option<bool>("--serve") { Description = "End by serving the samples even when stdout is not a terminal." };
        var noServe = new Option<bool>("--no-serve") { Description = "Do not end by serving the samples." };
        var port = ServeCommand.CreatePortOption();
        var command = new Command("quickstart", "Ingest the bundled samples into the store, print an overview and serve them on http://127.0.0.1:5080/.") { serve, noServe, port };
        command.SetAction(async (parse, ct) =>
        {
            if (!await IngestSamplesAsync(services, parse, ct))
            {
                return ExitCodes.Failure;
            }

            var interactive = !Console.IsOutputRedirected && !parse.GetValue(GlobalOptions.Json);
            return parse.GetValue(noServe) || !(interactive || parse.GetValue(serve))
                ? ExitCodes.Success
                : await WebServer.RunAsync(services, WebServer.DefaultBind, parse.GetValue(port), parse.GetValue(GlobalOptions.Verbose), ct);
        });
        return command;
    }

    /// <summary>Ingests the samples and prints the overview; false when some sample failed (reported on stderr).</summary>
    private static async Task<bool> IngestSamplesAsync(CommandServices services, ParseResult parse, CancellationToken ct)
    {
        var samples = SamplesFolder.Locate() ?? throw new UsageException("the bundled samples/ folder was not found; run ./mandaat from the repository");
        var store = await services.StoreAsync(create: true);
        var report = await IngestCommand.RunWithProgressAsync(services.Get<IngestService>(), store, [samples], ct);
        var documents = await store.ListAsync(DocumentFilter.None, ct);
        var facts = await store.GetFactsAsync(null, null, ct);
        var counts = facts.GroupBy(f => f.Citation?.Document ?? string.Empty).ToDictionary(g => g.Key, g => g.Count());

        if (parse.GetValue(GlobalOptions.Json))
        {
            Json.Write(new { ingested = report.Ingested, unchanged = report.Unchanged, failed = report.Failed, documents });
        }
        else
        {
            Terminal.Out.MarkupLineInterpolated($"Ingested {report.Ingested.Count} new and {report.Unchanged.Count} known documents from {samples}");
            DocumentTable.Write(documents, counts);
            WriteFactTotals(facts);
            Terminal.Out.MarkupLine("Next: [bold]./mandaat show <id>[/], [bold]./mandaat facts <id>[/], [bold]./mandaat eval samples[/], [bold]./mandaat serve[/]");
        }

        foreach (var failure in report.Failed)
        {
            Terminal.WriteError($"{failure.Path}: {failure.Error}");
        }

        return report.Failed.Count == 0;
    }

    private static void WriteFactTotals(IReadOnlyList<Core.Facts.Fact> facts)
    {
        var totals = facts.GroupBy(f => f.Type).OrderBy(g => g.Key.Slug, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        Terminal.Out.WriteLine($"Facts: {string.Join(", ", totals)}");
    }
}
