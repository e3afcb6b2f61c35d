using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Contract;
using Mandaat.Missions;
using Mandaat.Register.Missions;

namespace Mandaat.Cli.Commands;

/// <summary><c>mission ID|NAME</c>: one mission with its components, conflicts and timeline; an unknown mission exits 2.</summary>
public static class MissionCommand
{
    public static Command Create(CommandServices services)
    {
        var id = new Argument<string>("mission") { Description = "A catalogue id (anti-isis) or any name of the mission (\"Operation Inherent Resolve\")." };
        var command = new Command("mission", "Show one mission: documents, components over time, conflicts and timeline.")
        {
            id,
            MissionEditCommands.Merge(services),
            MissionEditCommands.Rename(services),
        };
        command.SetAction(async (parse, ct) =>
        {
            var store = await services.StoreAsync();
            var register = services.Get<MissionRegister>();
            var corpus = await register.LoadAsync(store, ct);
            var mission = register.Find(corpus, parse.GetValue(id)!) ?? MissionLookup.Find(services.Get<MissionCatalog>(), parse.GetValue(id)!);
            var detail = register.Build(corpus, mission);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(RegisterJson.Detail(detail));
            }
            else
            {
                MissionText.WriteDetail(detail);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
