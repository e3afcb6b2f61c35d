using Mandaat.Cli.Output;
using Mandaat.Register.Missions;
using Mandaat.Store;

namespace Mandaat.Cli.Commands;

/// <summary>
/// Makes the register's snapshots once after the documents were written (<c>ingest</c>, <c>copy</c>), so the first page
/// or <c>missions</c> reads them rather than waiting for them. The documents are stored whatever happens here: a
/// failed write (a full disk) is a warning, not the command's failure, because the snapshots are made again on the
/// next read of the register.
/// </summary>
internal static class RegisterRefresh
{
    public static async Task RunAsync(MissionRegister register, IDocumentStore store, CancellationToken cancellationToken)
    {
        try
        {
            await register.Materialised.RefreshAsync(store, cancellationToken);
        }
        catch (StoreException ex)
        {
            Terminal.WriteWarning($"{ex.Message}; it is made again on the next read of the register");
        }
    }
}
