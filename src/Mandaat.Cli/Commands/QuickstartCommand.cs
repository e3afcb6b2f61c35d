using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Store;
using Spectre.Console;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>quickstart</c>: Mandaat's main job on the bundled samples — ingest them into the store and
/// print what was found in each.
/// </summary>
public static class QuickstartCommand
{
    public static Command Create()
    {
        var command = new Command("quickstart", "Ingest the bundled samples into the store and print an overview.");
        command.SetAction(async (parse, ct) =>
        {
            var samples = SamplesFolder.Locate() ?? throw new UsageException("the bundled samples/ folder was not found; run ./mandaat from the repository");
            await using var store = await StoreFactory.OpenAsync(parse.GetValue(GlobalOptions.Db), ct);
            var report = await IngestCommand.RunWithProgressAsync(store, [samples], parse.GetValue(GlobalOptions.Verbose), ct);
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
                Terminal.Out.MarkupLine("Next: [bold]./mandaat show <id>[/], [bold]./mandaat facts <id>[/], [bold]./mandaat eval samples[/]");
            }

            foreach (var failure in report.Failed)
            {
                Terminal.WriteError($"{failure.Path}: {failure.Error}");
            }

            return report.Failed.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    private static void WriteFactTotals(IReadOnlyList<Core.Facts.Fact> facts)
    {
        var totals = facts.GroupBy(f => f.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        Terminal.Out.WriteLine($"Facts: {string.Join(", ", totals)}");
    }
}
