using System.Diagnostics;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Microsoft.Extensions.Logging;

namespace Mandaat.Cli.Commands;

/// <summary>
/// Makes the register's snapshots once after the documents were written (<c>ingest</c>, <c>copy</c>), so the first page
/// or <c>missions</c> reads them rather than waiting for them. The documents are stored whatever happens here: a
/// failed write (a full disk) is a warning, not the command's failure, because the snapshots are made again on the
/// next read of the register. With <c>--verbose</c> it says what it read again and what it only marked.
/// </summary>
internal static partial class RegisterRefresh
{
    public static async Task RunAsync(CommandServices services, IDocumentStore store, CancellationToken cancellationToken)
    {
        var logger = services.Get<ILogger<MissionRegister>>();
        try
        {
            var watch = Stopwatch.StartNew();
            var refreshed = await services.Get<MissionRegister>().Materialised.RefreshAsync(store, cancellationToken);
            Refreshed(logger, refreshed.Documents, refreshed.EntriesRead, refreshed.EntriesRelinked, refreshed.EntriesMarked, watch.Elapsed.TotalSeconds);
        }
        catch (StoreException ex)
        {
            Terminal.WriteWarning($"{ex.Message}; it is made again on the next read of the register");
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Register refreshed: {Documents} documents, {Read} entries made again from the whole document, {Relinked} relinked from text and facts, {Marked} marked unread, in {Seconds:0.0} s")]
    private static partial void Refreshed(ILogger logger, int documents, int read, int relinked, int marked, double seconds);
}
