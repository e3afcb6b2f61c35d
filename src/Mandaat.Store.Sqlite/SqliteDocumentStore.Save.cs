using Dapper;
using Mandaat.Core;
using Mandaat.Store.Indexing;
using Mandaat.Store.Register;
using Microsoft.Data.Sqlite;

namespace Mandaat.Store.Sqlite;

public sealed partial class SqliteDocumentStore
{
    public async Task<string?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(
            new CommandDefinition(
                "SELECT document_id FROM document_sources WHERE content_hash = @contentHash;",
                new { contentHash },
                cancellationToken: cancellationToken));
    }

    public async Task<SaveResult> SaveAsync(ProcessedDocument document, CancellationToken cancellationToken)
    {
        var units = AnalyzedUnitsOf(document);
        var entry = RegisterSource.Entry(_register, RegisterSource.Of(document));
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            // IMMEDIATE takes the write lock up front, so two ingesters cannot both decide a paper is new.
            await using var transaction = connection.BeginTransaction(deferred: false);
            using var writer = new SqliteDocumentWriter(connection, transaction);
            var saved = writer.Write(document, units, entry);
            writer.WriteTotals();
            await transaction.CommitAsync(cancellationToken);
            return saved;
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"{document.Id} was not stored: {WriteFailure(ex)}", ex);
        }
    }

    /// <summary>
    /// Many documents in one IMMEDIATE transaction: a document that fails is rolled back alone and reported,
    /// the others are committed together. One transaction (one WAL commit, one fsync) and one set of prepared
    /// statements for the whole batch. The batch is first written whole, without a savepoint per document:
    /// FTS5 writes its pending terms out as a new index segment at every savepoint, and a segment per document is
    /// then written again and again as the segments are merged. Only when a document fails is the batch rolled back and written again,
    /// each document in its own savepoint, so the failure stays the failing document's alone.
    /// </summary>
    public async Task<IReadOnlyList<Outcome<SaveResult>>> SaveManyAsync(IReadOnlyList<ProcessedDocument> documents, CancellationToken cancellationToken)
    {
        // Analysis is pure CPU work: done on every core before the write lock is taken.
        var units = new IReadOnlyList<AnalyzedUnit>[documents.Count];
        var entries = new RegisterEntryRow?[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            units[i] = AnalyzedUnitsOf(documents[i]);
            entries[i] = RegisterSource.Entry(_register, RegisterSource.Of(documents[i]));
        });

        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            return await WriteBatchAsync(connection, documents, units, entries, eachInSavepoint: false, cancellationToken)
                ?? (await WriteBatchAsync(connection, documents, units, entries, eachInSavepoint: true, cancellationToken))!;
        }
        catch (SqliteException ex)
        {
            // The transaction was rolled back as a whole (its commit or the totals failed): no document of it is stored.
            throw new StoreException($"not stored: {WriteFailure(ex)}", ex);
        }
    }

    /// <summary>
    /// Why a write failed, in words that say what to do. A full disk (or a file-size limit) is the failure an
    /// archive meets after years: SQLite rolls the transaction back and the store stays as it was before it.
    /// </summary>
    private string WriteFailure(SqliteException ex) => ex.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_FULL => $"the disk holding {FilePath} is full; what was stored before is intact: free space and run the same ingest again to add the rest",
        SQLitePCL.raw.SQLITE_IOERR => $"writing {FilePath} failed ({ex.Message}); what was stored before is intact: check the disk (space, file-size limits) and run the same ingest again",
        _ => $"{FilePath}: {ex.Message}",
    };

    /// <summary>
    /// The batch in one transaction. Without savepoints a failing document rolls the whole batch back and the
    /// answer is null; with one per document only the failing document is rolled back, and reported.
    /// </summary>
    private async Task<IReadOnlyList<Outcome<SaveResult>>?> WriteBatchAsync(
        SqliteConnection connection, IReadOnlyList<ProcessedDocument> documents, IReadOnlyList<AnalyzedUnit>[] units, RegisterEntryRow?[] entries, bool eachInSavepoint, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        var results = new List<Outcome<SaveResult>>(documents.Count);
        using (var writer = new SqliteDocumentWriter(connection, transaction))
        {
            for (var i = 0; i < documents.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (eachInSavepoint)
                {
                    transaction.Save("document");
                }

                try
                {
                    results.Add(Outcome<SaveResult>.Ok(writer.Write(documents[i], units[i], entries[i])));
                    if (eachInSavepoint)
                    {
                        transaction.Release("document");
                    }
                }
                catch (SqliteException ex)
                {
                    if (!eachInSavepoint)
                    {
                        await transaction.RollbackAsync(cancellationToken);
                        return null;
                    }

                    transaction.Rollback("document");
                    transaction.Release("document");
                    results.Add(Outcome<SaveResult>.Fail($"{documents[i].Id} could not be stored, nothing of it was: {WriteFailure(ex)}"));
                }
            }

            writer.WriteTotals();
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }
}
