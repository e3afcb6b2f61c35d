using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Contract;
using Mandaat.Missions;
using Mandaat.Register.Corpus;
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
            // The register the store keeps; an unknown mission is a usage error that says where to look.
            var detail = await register.GetAsync(store, parse.GetValue(id)!, ct)
                ?? register.Build(new RegisterCorpus([], []), MissionLookup.Find(services.Get<MissionCatalog>(), parse.GetValue(id)!));
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
