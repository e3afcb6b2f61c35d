using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Hosting;
using Mandaat.Register.Missions;
using Mandaat.Store;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>copy --from A --to B</c>: moves a whole store to another (SQLite ↔ PostgreSQL) row for row, each
/// document in one transaction, then reads both back and compares document, fact and commitment counts and
/// a checksum. Earlier versions, source records, import checkpoints and official commitments come along. Documents already in the target are left alone, so an interrupted copy is finished by running
/// it again. Exit 1 when the two stores differ afterwards.
/// </summary>
public static class CopyCommand
{
    public static Command Create(CommandServices services)
    {
        var from = new Option<string>("--from") { Description = "The store to copy: a SQLite file or a PostgreSQL address.", Required = true };
        var to = new Option<string>("--to") { Description = "The store to fill: a SQLite file or a PostgreSQL address (created and migrated when new).", Required = true };
        var command = new Command("copy", "Copy a whole store to another backend and check that nothing was lost.") { from, to };
        command.SetAction(async (parse, ct) =>
        {
            var (source, target) = (parse.GetValue(from)!, parse.GetValue(to)!);
            if (string.Equals(Path.GetFullPath(source), Path.GetFullPath(target), StringComparison.Ordinal) || source == target)
            {
                throw new UsageException("--from and --to name the same store; give two different stores");
            }

            var (sourceLocation, targetLocation) = (Locate(source), Locate(target));
            if (!sourceLocation.Exists)
            {
                // Opening it would create an empty store, and an empty copy would then compare "equal".
                throw new UsageException($"--from names no store: {sourceLocation.Description} does not exist; give the store to copy");
            }

            await using var sourceStore = await sourceLocation.OpenAsync(ct);
            // The target writes each copied document's register entry as it imports it, then makes its snapshots.
            var register = services.Get<MissionRegister>();
            await using var targetStore = await targetLocation.OpenAsync(ct, register: register.Materialised.Projection);
            int copied = 0, unchanged = 0;
            await foreach (var record in sourceStore.ExportAsync(ct))
            {
                var result = await targetStore.ImportAsync(record, ct);
                _ = result.Status == SaveStatus.Inserted ? copied++ : unchanged++;
                Console.Error.Write($"\rcopied {copied}, already there {unchanged}");
            }

            Console.Error.WriteLine();
            // Where each import stopped and the official commitments register come along, so the copy imports on where the original would.
            foreach (var checkpoint in await sourceStore.ListCheckpointsAsync(ct))
            {
                await targetStore.SetCheckpointAsync(checkpoint.Selection, checkpoint.State, ct);
            }

            foreach (var commitment in await sourceStore.ListOfficialCommitmentsAsync(ct))
            {
                await targetStore.SaveOfficialCommitmentAsync(commitment, ct);
            }

            await RegisterRefresh.RunAsync(services, targetStore, ct);
            var report = new CopyReport(
                sourceLocation.Description,
                targetLocation.Description,
                copied,
                unchanged,
                await StoreChecksum.ComputeAsync(sourceStore, ct),
                await StoreChecksum.ComputeAsync(targetStore, ct));
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(report.ToJson());
            }
            else
            {
                report.Write();
            }

            if (!report.Equal)
            {
                Terminal.WriteError($"the stores differ after the copy ({report.Difference}); the target may hold documents the source does not — copy into an empty store");
                return ExitCodes.Failure;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A store named on the command line; a malformed address is a usage error (exit 2), before either store is opened.</summary>
    private static StoreLocation Locate(string address)
    {
        var location = StoreLocation.Parse(address);
        return location.Succeeded ? location.Value : throw new UsageException(location.Error!);
    }
}
