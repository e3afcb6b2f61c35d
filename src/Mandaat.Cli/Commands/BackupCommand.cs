using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Hosting;
using Spectre.Console;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>backup --to FILE [--force]</c>: an online copy of the SQLite store (SQLite's backup API) taken while
/// other processes may go on ingesting, checked and read back as a Mandaat store before it takes the name
/// FILE. An existing FILE is replaced only with --force. A PostgreSQL store is backed up with pg_dump
/// (OPERATIONS.md); restoring a SQLite backup is copying the file back while no Mandaat process runs.
/// </summary>
public static class BackupCommand
{
    public static Command Create(CommandServices services)
    {
        var to = new Option<string>("--to") { Description = "The backup file to write (a SQLite file, readable with --db).", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace FILE when it exists." };
        var command = new Command("backup", "Back up the SQLite store to a file while it stays in use (PostgreSQL: pg_dump, see docs/OPERATIONS.md).") { to, force };
        command.SetAction(async (parse, ct) =>
        {
            var location = services.Get<StoreLocation>();
            if (location.IsPostgres)
            {
                throw new UsageException($"backup copies a SQLite store; back up {location.Description} with pg_dump (docs/OPERATIONS.md)");
            }

            if (!location.Exists)
            {
                throw new UsageException($"no store at {location.Description} to back up; name it with --db or MANDAAT_DB");
            }

            var target = Path.GetFullPath(parse.GetValue(to)!);
            if (string.Equals(target, Path.GetFullPath(location.Address), StringComparison.Ordinal))
            {
                throw new UsageException("--to names the store itself; back it up to another file");
            }

            if (File.Exists(target) && !parse.GetValue(force))
            {
                throw new UsageException($"{target} exists; pass --force to replace it, or back up to another file");
            }

            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var (fingerprint, bytes) = await location.BackupAsync(target, parse.GetValue(force), ct);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(new
                {
                    from = location.Description,
                    to = target,
                    bytes,
                    documents = fingerprint.Documents,
                    facts = fingerprint.Facts,
                    commitments = fingerprint.Commitments,
                    checksum = fingerprint.Checksum,
                });
            }
            else
            {
                Terminal.Out.WriteLine($"Backed up {fingerprint.Documents} documents with {fingerprint.Facts} facts ({bytes / (1024.0 * 1024):0.0} MB) from {TerminalText.Safe(location.Description)} to {TerminalText.Safe(target)} in {elapsed.TotalSeconds:0.0} s; checksum {fingerprint.Checksum[..16]}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
