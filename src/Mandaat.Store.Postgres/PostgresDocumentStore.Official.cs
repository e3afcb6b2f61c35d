using Mandaat.Store.Rows;

namespace Mandaat.Store.Postgres;

/// <summary>The official commitments register and the checkpoints as copy reads them.</summary>
public sealed partial class PostgresDocumentStore
{
    public async Task<bool> RefreshOfficialAsync(string documentId, OfficialRecord official, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(official);
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("update an official record in", () => VersionRows.RefreshOfficialAsync(connection, documentId, official, official.Date, cancellationToken));
    }

    public async Task<IReadOnlyList<ImportCheckpoint>> ListCheckpointsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("read the import checkpoints from", () => CarriedRows.CheckpointsAsync(connection, cancellationToken));
    }

    public async Task SaveOfficialCommitmentAsync(OfficialCommitment commitment, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await Guard("write an official commitment to", async () =>
        {
            await CommitmentRows.SaveAsync(connection, commitment, PostgresDialect.Instance, cancellationToken);
            return true;
        });
    }

    public async Task<bool> DeleteOfficialCommitmentAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("remove an official commitment from", () => CommitmentRows.DeleteAsync(connection, id, cancellationToken));
    }

    public async Task<IReadOnlyList<OfficialCommitment>> ListOfficialCommitmentsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("read the official commitments from", () => CommitmentRows.ListAsync(connection, cancellationToken));
    }
}
