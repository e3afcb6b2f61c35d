using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Register.Missions;
using Spectre.Console;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>reindex</c>: makes the register the store keeps again from the stored documents (every entry read from its
/// text, then the snapshots), for a store whose entries were made by an older Mandaat or under other rules.
/// </summary>
public static class ReindexCommand
{
    public static Command Create(CommandServices services)
    {
        var command = new Command("reindex", "Rebuild the mission register the store keeps (entries and snapshots) from the stored documents.");
        command.SetAction(async (parse, ct) =>
        {
            var store = await services.StoreAsync();
            var rebuilt = await services.Get<MissionRegister>().Materialised.RebuildAsync(store, ct);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(new { register = new { documents = rebuilt.Documents, entries_made = rebuilt.EntriesMade, missions = rebuilt.Missions } });
            }
            else
            {
                Terminal.Out.WriteLine($"Register rebuilt: {rebuilt.Documents} documents ({rebuilt.EntriesMade} read again), {rebuilt.Missions} missions.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
