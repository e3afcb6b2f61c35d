using System.Data.Common;
using System.Text.Json;
using Dapper;
using Mandaat.Store.Versions;

namespace Mandaat.Store.Rows;

/// <summary>The rows of the official commitments register (official_commitments), the same statements on both backends.</summary>
public static class CommitmentRows
{
    public static Task SaveAsync(DbConnection connection, OfficialCommitment commitment, StoreDialect dialect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(dialect);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO official_commitments (id, number, status, record, updated_at) VALUES (@Id, @Number, @Status, @record, @now)
            ON CONFLICT (id) DO UPDATE SET number = excluded.number, status = excluded.status, record = excluded.record, updated_at = excluded.updated_at;
            """,
            new { commitment.Id, commitment.Number, commitment.Status, record = StoredJson.Write(commitment), now = dialect.InstantParameter(DateTimeOffset.UtcNow) },
            cancellationToken: cancellationToken));
    }

    public static async Task<bool> DeleteAsync(DbConnection connection, string id, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM official_commitments WHERE id = @id;", new { id }, cancellationToken: cancellationToken)) > 0;

    public static async Task<IReadOnlyList<OfficialCommitment>> ListAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var records = await connection.QueryAsync<string>(new CommandDefinition("SELECT record FROM official_commitments ORDER BY id;", cancellationToken: cancellationToken));
        return [.. records.Select(r => JsonSerializer.Deserialize<OfficialCommitment>(r) ?? throw new StoreException("a stored official commitment could not be read; the database may be damaged"))];
    }
}
