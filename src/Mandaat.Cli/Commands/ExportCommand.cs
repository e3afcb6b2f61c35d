using System.CommandLine;
using System.Text;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Contract;
using Mandaat.Register.Commitments;
using Mandaat.Register.Export;
using Mandaat.Register.Missions;
using Spectre.Console;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>export missions|timeline|facts|commitments --format csv|json|ics [--out FILE]</c>: the register's
/// data for other tools. JSON has the shapes of the matching commands; iCalendar holds the timeline
/// events and deployment periods, so it is offered for missions and timeline only.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CommandServices services)
    {
        var what = new Argument<string>("what") { Description = "missions, timeline, facts or commitments." };
        what.AcceptOnlyFromAmong("missions", "timeline", "facts", "commitments");
        var format = new Option<string>("--format") { Description = "csv, json or ics.", Required = true };
        format.AcceptOnlyFromAmong("csv", "json", "ics");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout." };
        var command = new Command("export", "Export missions, timeline, facts or commitments as CSV, JSON or iCalendar.") { what, format, output };
        command.SetAction(async (parse, ct) =>
        {
            var kind = parse.GetValue(what)!;
            var fmt = parse.GetValue(format)!;
            if (fmt == "ics" && kind is "facts" or "commitments")
            {
                throw new UsageException($"iCalendar holds the timeline and deployment periods; export {kind} as csv or json");
            }

            var store = await services.StoreAsync();
            var register = services.Get<MissionRegister>();
            var corpus = await register.LoadAsync(store, ct);
            var missions = register.All(corpus);
            using var writer = new StringWriter();
            switch (kind, fmt)
            {
                case (_, "ics"):
                    writer.Write(IcsCalendar.Write(missions));
                    break;
                case ("missions", "csv"):
                    CsvTable.Write(writer, ExportRows.Missions(missions));
                    break;
                case ("missions", _):
                    writer.Write(ContractJson.Text(missions.Select(m => RegisterJson.Summary(m.Mission))));
                    break;
                case ("timeline", "csv"):
                    CsvTable.Write(writer, ExportRows.Timeline(missions.SelectMany(m => m.Timeline)));
                    break;
                case ("timeline", _):
                    writer.Write(ContractJson.Text(missions.SelectMany(m => m.Timeline).Select(RegisterJson.Event)));
                    break;
                case ("facts", "csv"):
                    CsvTable.Write(writer, ExportRows.Facts(corpus));
                    break;
                case ("facts", _):
                    writer.Write(ContractJson.Text(corpus.Documents.SelectMany(d => d.Detail.Facts.Select(f => new { document = d.Id, fact = f }))));
                    break;
                case ("commitments", "csv"):
                    CsvTable.Write(writer, ExportRows.Commitments(CommitmentTracker.Track(corpus)));
                    break;
                default:
                    writer.Write(ContractJson.Text(CommitmentTracker.Track(corpus).Select(RegisterJson.Commitment)));
                    break;
            }

            await Emit(writer.ToString(), parse.GetValue(output), ct);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task Emit(string content, string? path, CancellationToken ct)
    {
        if (path is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(new UTF8Encoding(false).GetBytes(content), ct);
            return;
        }

        // Checked before writing: the runtime reports a folder as "access denied", which sends users to
        // their permissions instead of their typo.
        if (Directory.Exists(path))
        {
            throw new UsageException($"--out names a folder, not a file: {path}; give a file name, such as {Path.Combine(path, "export.csv")}");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"--out: the folder {folder} does not exist");
        }

        await File.WriteAllTextAsync(path, content, new UTF8Encoding(false), ct);
        Terminal.Error.MarkupLineInterpolated($"[grey]wrote {path}[/]");
    }
}
