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
            var register = services.Get<MissionRegister>().Materialised;
            await Emit(parse.GetValue(output), async stream =>
            {
                // Missions, timeline and commitments are the register's snapshots (no document is read); the facts
                // are read one document at a time and written as they come.
                switch (kind, fmt)
                {
                    case ("facts", "csv"):
                        await WriteTextAsync(stream, writer => CsvTable.WriteAsync(writer, Rows(StoredFacts.ReadAsync(store, ct)), ct));
                        break;
                    case ("facts", _):
                        await ContractJson.WriteAsync(stream, StoredFacts.ReadAsync(store, ct), ct);
                        break;
                    case ("commitments", _):
                        var commitments = await register.CommitmentsAsync(store, ct);
                        await WriteTextAsync(stream, writer => WriteCommitments(writer, fmt, commitments));
                        break;
                    default:
                        var missions = await register.AllAsync(store, ct);
                        await WriteTextAsync(stream, writer => WriteMissions(writer, kind, fmt, missions));
                        break;
                }
            }, ct);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Task WriteMissions(TextWriter writer, string kind, string format, IReadOnlyList<MissionDetail> missions)
    {
        switch (kind, format)
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
            case (_, "csv"):
                CsvTable.Write(writer, ExportRows.Timeline(missions.SelectMany(m => m.Timeline)));
                break;
            default:
                writer.Write(ContractJson.Text(missions.SelectMany(m => m.Timeline).Select(RegisterJson.Event)));
                break;
        }

        return Task.CompletedTask;
    }

    private static Task WriteCommitments(TextWriter writer, string format, IReadOnlyList<TrackedCommitment> commitments)
    {
        if (format == "csv")
        {
            CsvTable.Write(writer, ExportRows.Commitments(commitments));
        }
        else
        {
            writer.Write(ContractJson.Text(commitments.Select(RegisterJson.Commitment)));
        }

        return Task.CompletedTask;
    }

    private static async IAsyncEnumerable<FactRow> Rows(IAsyncEnumerable<DocumentFact> facts)
    {
        await foreach (var fact in facts)
        {
            yield return ExportRows.Fact(fact);
        }
    }

    private static async Task WriteTextAsync(Stream stream, Func<TextWriter, Task> write)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        await write(writer);
    }

    // The export is written as it is made; to a file through a temporary file beside it, moved into place when whole,
    // so a failed export leaves an earlier file of that name as it was.
    private static async Task Emit(string? path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await write(stdout);
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

        var partial = path + ".partial";
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await write(file);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        cancellationToken.ThrowIfCancellationRequested();
        Terminal.Error.MarkupLineInterpolated($"[grey]wrote {path}[/]");
    }
}
