using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Spectre.Console;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>remove ID</c>: takes a wrongly ingested document out of the store with everything derived from it
/// (sections, facts, questions, search passages, its sources) in one statement the store's cascades carry out;
/// the API's DELETE does the same. An unknown id exits 2.
/// </summary>
public static class RemoveCommand
{
    public static Command Create(CommandServices services)
    {
        var id = new Argument<string>("id") { Description = "The document id, as `list` shows it (kst-27925-607)." };
        var command = new Command("remove", "Remove a stored document and everything derived from it.") { id };
        command.SetAction(async (parse, ct) =>
        {
            var store = await services.StoreAsync();
            var document = await DocumentLookup.GetAsync(store, parse.GetValue(id)!, ct);
            if (!await store.DeleteAsync(document.Summary.Id, ct))
            {
                throw new UsageException($"no document with id '{document.Summary.Id}' (removed meanwhile); `mandaat list` shows the ids in the store");
            }

            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(new { removed = document.Summary.Id });
            }
            else
            {
                Terminal.Out.WriteLine($"Removed {TerminalText.Safe(document.Summary.Id)} with its {document.Facts.Count} facts.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
