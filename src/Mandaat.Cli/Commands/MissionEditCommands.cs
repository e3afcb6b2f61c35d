using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Hosting;
using Mandaat.Missions;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>mission merge A B</c> and <c>mission rename A NAME</c>: a user's corrections to the catalogue, written into
/// the file MANDAAT_MISSIONS names (<see cref="MissionUserFile"/>), so every later command, ingest and the web
/// server read them. Without that setting there is nowhere to keep them: a usage error that says how to start one.
/// </summary>
public static class MissionEditCommands
{
    public static Command Merge(CommandServices services)
    {
        var from = new Argument<string>("from") { Description = "The mission that is the same deployment as the other (id or name); it disappears into it." };
        var into = new Argument<string>("into") { Description = "The mission that keeps its id and takes the other's names, dossiers and documents." };
        var command = new Command("merge", "Merge one mission into another, in the file MANDAAT_MISSIONS names.") { from, into };
        command.SetAction((parse, ct) => Edit(services, parse, (file, provisional) => MissionUserFile.Merge(file, parse.GetValue(from)!, parse.GetValue(into)!, provisional),
            merge => ($"merged {merge.From} into {merge.Into}", new Dictionary<string, object> { ["merged"] = new { from = merge.From, into = merge.Into } })));
        return command;
    }

    public static Command Rename(CommandServices services)
    {
        var mission = new Argument<string>("mission") { Description = "The mission to rename (id or name)." };
        var name = new Argument<string>("name") { Description = "Its new name; the old one stays an alias." };
        var command = new Command("rename", "Give a mission a new name, in the file MANDAAT_MISSIONS names.") { mission, name };
        command.SetAction((parse, ct) => Edit(services, parse, (file, provisional) => MissionUserFile.Rename(file, parse.GetValue(mission)!, parse.GetValue(name)!, provisional),
            rename => ($"renamed {rename.Id} to \"{rename.Name}\"", new Dictionary<string, object> { ["renamed"] = new { id = rename.Id, name = rename.Name } })));
        return command;
    }

    private static async Task<int> Edit<T>(CommandServices services, ParseResult parse, Func<string, IReadOnlyList<Mission>, T> edit, Func<T, (string Text, Dictionary<string, object> Json)> report)
    {
        var file = services.Get<IOptions<MandaatOptions>>().Value.MissionsFile;
        if (string.IsNullOrWhiteSpace(file))
        {
            throw new UsageException($"{MandaatOptions.MissionsSetting} is not set: merges and renames are kept in your own missions file; " +
                $"create one (echo '{{\"missions\": []}}' > missies.json) and set {MandaatOptions.MissionsSetting} to its path");
        }

        T done;
        try
        {
            done = edit(file, await ProvisionalAsync(services));
        }
        catch (MissionCatalogException ex)
        {
            throw new UsageException(ex.Message);
        }

        var (text, json) = report(done);
        if (parse.GetValue(GlobalOptions.Json))
        {
            json["file"] = file;
            Json.Write(json);
        }
        else
        {
            Terminal.Out.MarkupLineInterpolated($"{text} (written to {file})");
        }

        return ExitCodes.Success;
    }

    // The store's provisional missions, so one a decision letter named can be merged or renamed; none without a store.
    private static async Task<IReadOnlyList<Mission>> ProvisionalAsync(CommandServices services)
    {
        IDocumentStore store;
        try
        {
            store = await services.StoreAsync();
        }
        catch (UsageException)
        {
            return [];
        }

        return await services.Get<MissionRegister>().Materialised.ProvisionalAsync(store, CancellationToken.None);
    }
}
