using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Contract;
using Mandaat.Core.Paging;
using Mandaat.Missions;
using Mandaat.Register.Corpus;
using Mandaat.Register.Missions;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>mission ID|NAME [--page N] [--page-size N]</c>: one mission with its decisions, components, conflicts and timeline;
/// an unknown mission exits 2. The text form shows one page of the timeline and components (a mission of hundreds of
/// letters stays readable); <c>--json</c> gives the whole timeline, as the contract has it, unless a page is asked for.
/// </summary>
public static class MissionCommand
{
    private const int TextPageSize = 25;

    public static Command Create(CommandServices services)
    {
        var id = new Argument<string>("mission") { Description = "A catalogue id (anti-isis) or any name of the mission (\"Operation Inherent Resolve\")." };
        var page = new Option<int?>("--page") { Description = "The page of the timeline and components to show (from 1; the text form shows page 1 unless told)." };
        var pageSize = new Option<int>("--page-size") { Description = $"Timeline events and components a page (1–{PageRequest.MaxSize}, default {TextPageSize}).", DefaultValueFactory = _ => TextPageSize };
        var command = new Command("mission", "Show one mission: documents, components over time, conflicts and timeline.")
        {
            id,
            page,
            pageSize,
            MissionEditCommands.Merge(services),
            MissionEditCommands.Rename(services),
        };
        command.SetAction(async (parse, ct) =>
        {
            var asked = parse.GetValue(page);
            var paging = PageRequest.Create(asked ?? 1, parse.GetValue(pageSize));
            if (!paging.Succeeded)
            {
                throw new UsageException(paging.Error!);
            }

            var store = await services.StoreAsync();
            var register = services.Get<MissionRegister>();
            // The register the store keeps; an unknown mission is a usage error that says where to look.
            var detail = await register.GetAsync(store, parse.GetValue(id)!, ct)
                ?? register.Build(new RegisterCorpus([], []), MissionLookup.Find(services.Get<MissionCatalog>(), parse.GetValue(id)!));
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(asked is null ? RegisterJson.Detail(detail) : RegisterJson.Detail(detail, paging.Value));
            }
            else
            {
                MissionText.WriteDetail(detail, paging.Value);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
