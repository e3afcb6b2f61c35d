using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Contract;
using Mandaat.Missions;
using Mandaat.Register.Commitments;
using Mandaat.Search.Query;

namespace Mandaat.Cli.Commands;

/// <summary><c>commitments</c>: every commitment to parliament with who made it, when, its source and status.</summary>
public static class CommitmentsCommand
{
    public static Command Create(CommandServices services)
    {
        var status = new Option<string?>("--status") { Description = "Only open or only fulfilled commitments." };
        status.AcceptOnlyFromAmong(CommitmentStatus.Open, CommitmentStatus.Fulfilled);
        var mission = new Option<string?>("--mission") { Description = "Only commitments about this mission (catalogue id or name)." };
        var from = new Option<string?>("--from") { Description = "Only commitments made on or after this day (2016-09-29, 2016-09 or 2016)." };
        var to = new Option<string?>("--to") { Description = "Only commitments made on or before this day." };
        var command = new Command("commitments", "List the commitments made to parliament across the stored documents.") { status, mission, from, to };
        command.SetAction(async (parse, ct) =>
        {
            var missionId = parse.GetValue(mission) is { } m ? MissionLookup.Find(services.Get<MissionCatalog>(), m).Id : null;
            var filter = new CommitmentFilter(parse.GetValue(status), missionId, Date(parse.GetValue(from), "--from", end: false), Date(parse.GetValue(to), "--to", end: true));
            var store = await services.StoreAsync();
            var commitments = await services.Get<CommitmentTracker>().ListAsync(store, filter, ct);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(commitments.Select(RegisterJson.Commitment));
            }
            else
            {
                CommitmentText.Write(commitments);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static DateOnly? Date(string? value, string option, bool end) =>
        value is null ? null
        : QueryDates.TryParse(value, end, out var date) ? date
        : throw new UsageException($"{option} expects a date such as 2016-09-29, 2016-09 or 2016, not '{value}'");
}
