using Dapper;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

/// <summary>
/// An online backup of a SQLite store through SQLite's backup API: one read transaction copies every page,
/// so the copy is the store as one moment saw it, while other processes go on writing (WAL mode lets them).
/// The copy is written beside the target under a temporary name, checked (integrity_check, then opened as a
/// Mandaat store and fingerprinted) and only then renamed into place: a failed or interrupted backup (a full
/// disk) leaves no half file under the target's name, and the previous backup stays until the new one is whole.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Backs <paramref name="source"/> up to <paramref name="target"/>; replaces an existing target only when <paramref name="overwrite"/>.</summary>
    /// <returns>The fingerprint of the backup as read back (documents, facts, commitments, checksum) and its size.</returns>
    public static async Task<(StoreFingerprint Fingerprint, long Bytes)> WriteAsync(string source, string target, bool overwrite, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        var (from, to) = (Path.GetFullPath(source), Path.GetFullPath(target));
        if (!File.Exists(from))
        {
            throw new StoreException($"there is no store at {from} to back up");
        }

        if (File.Exists(to) && !overwrite)
        {
            throw new StoreException($"{to} exists; pass --force to replace it");
        }

        var folder = Path.GetDirectoryName(to)!;
        if (!Directory.Exists(folder))
        {
            throw new StoreException($"the folder {folder} does not exist; create it or back up to another path");
        }

        var partial = Path.Combine(folder, $".{Path.GetFileName(to)}.{Guid.NewGuid():N}.partial");
        try
        {
            CopyPages(from, partial);
            var fingerprint = await FingerprintAsync(partial, cancellationToken);
            SelfContained(partial);
            File.Move(partial, to, overwrite);
            return (fingerprint, new FileInfo(to).Length);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"could not back up {from} to {to}: {ex.Message}", ex);
        }
        finally
        {
            foreach (var leftover in new[] { partial, partial + "-wal", partial + "-shm", partial + "-journal" })
            {
                File.Delete(leftover);
            }
        }
    }

    private static void CopyPages(string from, string partial)
    {
        // No pooling: the file handles close with the connections, before the copy is checked and moved.
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = from, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30 }.ToString());
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        source.Open();
        source.Execute("PRAGMA busy_timeout = 30000;");
        copy.Open();
        source.BackupDatabase(copy);
    }

    // Read back the way Mandaat reads a store: a backup that does not open as one is no backup.
    private static async Task<StoreFingerprint> FingerprintAsync(string partial, CancellationToken cancellationToken)
    {
        await using var store = new SqliteDocumentStore(partial);
        await store.MigrateAsync(cancellationToken);
        return await StoreChecksum.ComputeAsync(store, cancellationToken);
    }

    // A rollback journal instead of the write-ahead log: the backup is one file, nothing beside it to lose; it
    // returns to WAL when Mandaat opens it as its store.
    private static void SelfContained(string partial)
    {
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        copy.Open();
        copy.Execute("PRAGMA journal_mode = DELETE;");
        var check = copy.ExecuteScalar<string>("PRAGMA integrity_check;");
        if (check != "ok")
        {
            throw new StoreException($"the backup failed its integrity check: {check}");
        }
    }
}
