using Mandaat.Store.Rows;

namespace Mandaat.Store.Sqlite;

/// <summary>The official commitments register and the checkpoints as copy reads them.</summary>
public sealed partial class SqliteDocumentStore
{
    public async Task<bool> RefreshOfficialAsync(string documentId, OfficialRecord official, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(official);
        await using var connection = await OpenAsync(cancellationToken);
        return await VersionRows.RefreshOfficialAsync(connection, documentId, official, official.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
    }

    public async Task<IReadOnlyList<ImportCheckpoint>> ListCheckpointsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await CarriedRows.CheckpointsAsync(connection, cancellationToken);
    }

    public async Task SaveOfficialCommitmentAsync(OfficialCommitment commitment, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await CommitmentRows.SaveAsync(connection, commitment, SqliteDialect.Instance, cancellationToken);
    }

    public async Task<bool> DeleteOfficialCommitmentAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await CommitmentRows.DeleteAsync(connection, id, cancellationToken);
    }

    public async Task<IReadOnlyList<OfficialCommitment>> ListOfficialCommitmentsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await CommitmentRows.ListAsync(connection, cancellationToken);
    }
}
