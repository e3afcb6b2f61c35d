using System.Data.Common;
using Dapper;

namespace Mandaat.Store.Register;

/// <summary>
/// The register's tables (migration 10), the same SQL on both backends: <c>register_entries</c> (one entry per
/// current document, removed with it by the foreign key's cascade), <c>register_generation</c> (one counter,
/// raised in every transaction that changes documents or entries) and <c>register_snapshots</c> (what the
/// register made of the entries, each under the stamp it was made for).
/// </summary>
public static class RegisterRows
{
    /// <summary>Raises the generation: every snapshot made before is out of date.</summary>
    public const string BumpSql = "UPDATE register_generation SET generation = generation + 1;";

    public const string PutEntrySql =
        """
        INSERT INTO register_entries (document_id, version, entry) VALUES (@DocumentId, @Version, @Entry)
        ON CONFLICT (document_id) DO UPDATE SET version = excluded.version, entry = excluded.entry;
        """;

    public static Task<long> GenerationAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT generation FROM register_generation;", cancellationToken: cancellationToken));

    public static async Task<IReadOnlyList<RegisterEntryRow>> EntriesAsync(DbConnection connection, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<RegisterEntryRow>(new CommandDefinition(
            "SELECT document_id AS DocumentId, version AS Version, entry AS Entry FROM register_entries;", cancellationToken: cancellationToken))).ToList();

    /// <summary>Writes entries of stored documents (an entry of a document no longer stored is left out) and raises the generation.</summary>
    public static async Task PutEntriesAsync(DbConnection connection, IReadOnlyList<RegisterEntryRow> rows, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stored = (await connection.QueryAsync<string>(new CommandDefinition("SELECT id FROM documents;", transaction: transaction, cancellationToken: cancellationToken)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => stored.Contains(r.DocumentId)))
        {
            await connection.ExecuteAsync(new CommandDefinition(PutEntrySql, row, transaction, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(BumpSql, transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public static Task<string?> SnapshotAsync(DbConnection connection, string name, string stamp, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT body FROM register_snapshots WHERE name = @name AND stamp = @stamp;", new { name, stamp }, cancellationToken: cancellationToken));

    /// <summary>Replaces every snapshot by these, all made for one stamp, in one transaction.</summary>
    public static async Task PutSnapshotsAsync(DbConnection connection, string stamp, IReadOnlyDictionary<string, string> bodies, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM register_snapshots;", transaction: transaction, cancellationToken: cancellationToken));
        foreach (var (name, body) in bodies)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO register_snapshots (name, stamp, body) VALUES (@name, @stamp, @body) ON CONFLICT (name) DO UPDATE SET stamp = excluded.stamp, body = excluded.body;", new { name, stamp, body }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Forgets every entry and snapshot (reindex makes them again) and raises the generation.</summary>
    public static async Task ClearAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM register_entries; DELETE FROM register_snapshots; " + BumpSql, transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
