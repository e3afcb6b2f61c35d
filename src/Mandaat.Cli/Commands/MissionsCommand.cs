using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Contract;
using Mandaat.Register.Missions;

namespace Mandaat.Cli.Commands;

/// <summary><c>missions</c>: every catalogue mission the stored documents concern, earliest first.</summary>
public static class MissionsCommand
{
    public static Command Create(CommandServices services)
    {
        var command = new Command("missions", "List the missions the stored documents concern, with dates, caps, assets and budget.");
        command.SetAction(async (parse, ct) =>
        {
            var store = await services.StoreAsync();
            var missions = await services.Get<MissionRegister>().ListAsync(store, ct);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(missions.Select(RegisterJson.Summary));
            }
            else
            {
                MissionText.WriteList(missions);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
