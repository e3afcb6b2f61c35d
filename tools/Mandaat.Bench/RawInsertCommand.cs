using System.CommandLine;
using Mandaat.Cli;

namespace Mandaat.Bench;

/// <summary>
/// <c>raw-insert DATABASE FOLDER</c> (hidden): the raw FTS5 side of the ingest figure, run by the bench as a
/// process of its own so both sides of the ratio pay the same start-up and start with nothing cached.
/// </summary>
public static class RawInsertCommand
{
    public const string Name = "raw-insert";

    public static Command Create()
    {
        var database = new Argument<string>("database");
        var folder = new Argument<string>("folder");
        var command = new Command(Name, "The raw FTS5 insert the bench times (used by bench itself).") { database, folder };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            using var raw = new RawFtsBaseline(parse.GetValue(database)!);
            raw.Insert(Directory.GetFiles(parse.GetValue(folder)!, "*.txt").Order(StringComparer.Ordinal));
            return ExitCodes.Success;
        });
        return command;
    }
}
