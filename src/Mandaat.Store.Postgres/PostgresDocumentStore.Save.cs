using Dapper;
using Mandaat.Core.Facts;
using Mandaat.Store.Register;
using Mandaat.Store.Rows;
using Mandaat.Store.Versions;
using Npgsql;

namespace Mandaat.Store.Postgres;

public sealed partial class PostgresDocumentStore
{
    public async Task<string?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Guard("look up a content hash in", () => connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT document_id FROM document_sources WHERE content_hash = @contentHash;", new { contentHash }, cancellationToken: cancellationToken)));
    }

    /// <summary>
    /// One transaction per document. Concurrent ingesters serialise on an advisory lock keyed by the
    /// document id, so two processes that meet the same paper (or two renditions of it) decide one after
    /// the other: the first inserts, the second sees it and reports Unchanged. The unique content hash is
    /// the last guard; a lost connection rolls the whole document back on the server.
    /// </summary>
    public async Task<SaveResult> SaveAsync(ProcessedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entry = RegisterSource.Entry(_register, RegisterSource.Of(document));
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var existing = await LockAndFindAsync(connection, transaction, document.Id, [document.ContentHash], cancellationToken);
            // A file kept before as another rendition of the paper, now said to be its revision, is weighed again as one.
            var revisingRendition = existing is { ByHash: true } found && document.Revision && found.Id == document.Id
                && await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                    "SELECT content_hash FROM documents WHERE id = @id;", new { id = document.Id }, transaction, cancellationToken: cancellationToken)) != document.ContentHash;
            if (existing is { ByHash: true } && !revisingRendition)
            {
                await RecordOfficialAsync(connection, transaction, document, existing.Value.Id, adopt: true, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new SaveResult(SaveStatus.Unchanged, existing.Value.Id);
            }

            var record = ToRecord(document);
            var status = SaveStatus.Inserted;
            if (existing is not null)
            {
                var current = (await VersionRows.CurrentAsync(connection, transaction, document.Id, cancellationToken))!;
                var newVersion = VersionRule.IsNewVersion(current, document);
                if (!newVersion && !RenditionPreference.Prefers(current, document))
                {
                    // Another rendition (PDF beside XML) of a paper already stored, not the preferred one: remember it.
                    await InsertSourcesAsync(connection, transaction, document.Id, [new DocumentSource(document.ContentHash, document.Path)], cancellationToken);
                    await RecordOfficialAsync(connection, transaction, document, document.Id, adopt: true, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return new SaveResult(SaveStatus.Unchanged, existing.Value.Id);
                }

                // A new text of the paper (the current version kept whole first) or the preferred rendition of the same
                // version: the stored rows make way (the cascade takes sections, facts and search units); the hashes of
                // the earlier renditions stay known.
                var earlier = (await DocumentRows.ReadAsync(connection, document.Id, PostgresDialect.Instance, cancellationToken, transaction))!;
                if (newVersion)
                {
                    await VersionRows.ArchiveAsync(connection, transaction, earlier, PostgresDialect.Instance, cancellationToken);
                }

                await connection.ExecuteAsync(new CommandDefinition("DELETE FROM documents WHERE id = @id;", new { id = document.Id }, transaction, cancellationToken: cancellationToken));
                document = OfficialCarry.Carry(document, current.Official);
                record = ToRecord(document) with { Version = newVersion ? current.Version + 1 : current.Version, Sources = [.. record.Sources, .. earlier.Sources] };
                status = newVersion ? SaveStatus.Updated : SaveStatus.Unchanged;
            }

            await InsertRowsAsync(connection, transaction, record, document.Passages?.MadeBy(_analyzer), cancellationToken);
            await RecordOfficialAsync(connection, transaction, document, document.Id, adopt: false, cancellationToken);
            await WriteRegisterAsync(connection, transaction, entry, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new SaveResult(status, document.Id);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && ex.ConstraintName == "documents_content_hash_key")
        {
            // A different id with the same bytes won the race (only possible with a changed identifier).
            var winner = await FindByContentHashAsync(document.ContentHash, cancellationToken);
            return new SaveResult(SaveStatus.Unchanged, winner ?? document.Id);
        }
        catch (NpgsqlException ex)
        {
            throw SaveFailed(document.Id, ex);
        }
    }

    private static async Task RecordOfficialAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ProcessedDocument document, string id, bool adopt, CancellationToken cancellationToken)
    {
        if (document.Official is not { } official)
        {
            return;
        }

        await VersionRows.RecordOfficialAsync(connection, transaction, official, id, document.ContentHash, PostgresDialect.Instance, cancellationToken);
        if (adopt)
        {
            await VersionRows.AdoptOfficialAsync(connection, transaction, official, id, cancellationToken);
        }
    }

    private StoreException SaveFailed(string id, NpgsqlException ex) => ex is PostgresException { SqlState: not ("57P01" or "57P02" or "57P03") } pg
        ? new StoreException($"{id} could not be stored in {Location}: {pg.MessageText}; nothing of it was stored", ex)
        : new StoreException($"the connection to {Location} was lost while storing {id} ({Reason(ex)}); nothing of it was stored — run the same ingest again to store it and the rest", ex);

    /// <summary>Takes the document's lock for the rest of the transaction, then finds the document by one of its hashes or by id.</summary>
    private static async Task<(string Id, bool ByHash)?> LockAndFindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, string[] hashes, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtextextended(@id, 0));", new { id }, transaction, cancellationToken: cancellationToken));
        var byHash = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT document_id FROM document_sources WHERE content_hash = ANY(@hashes) LIMIT 1;", new { hashes }, transaction, cancellationToken: cancellationToken));
        if (byHash is not null)
        {
            return (byHash, true);
        }

        var byId = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT id FROM documents WHERE id = @id;", new { id }, transaction, cancellationToken: cancellationToken));
        return byId is null ? null : (byId, false);
    }

    /// <summary>A freshly processed document in the row form both save and import write.</summary>
    private static DocumentRecord ToRecord(ProcessedDocument document)
    {
        var identity = document.Identity;
        var text = document.Text;
        return new DocumentRecord(
            document.Id, document.ContentHash, document.Path, text.Source.Format, identity.Kind, identity.Dossier, identity.Number, identity.Session,
            identity.Date, identity.Subject, document.Title, text.Text, DateTimeOffset.UtcNow,
            [new DocumentSource(document.ContentHash, document.Path)],
            identity.Signatories,
            document.Sections,
            text.Paragraphs.Select((p, i) => new StoredParagraph(i, p.Start, p.End, text.PageAt(p.Start))).ToList(),
            document.Questions,
            document.Facts.Select(f => new StoredFact(f.Type, f.Quote, f.Citation?.Start ?? 0, f.Citation?.End ?? 0, f.Citation?.Page, FactJson.Serialize(f, gold: false))).ToList())
        {
            Official = document.Official is null ? null : StoredJson.Write(document.Official),
        };
    }

    private static Task InsertSourcesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, IReadOnlyList<DocumentSource> sources, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO document_sources (content_hash, document_id, path)
            SELECT hash, @id, path FROM unnest(@hashes, @paths) AS s(hash, path)
            ON CONFLICT (content_hash) DO NOTHING;
            """,
            new { id, hashes = sources.Select(s => s.ContentHash).ToArray(), paths = sources.Select(s => s.Path).ToArray() },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>Runs a read, turning a connection failure into the store's own error.</summary>
    private async Task<T> Guard<T>(string what, Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (NpgsqlException ex)
        {
            throw new StoreException($"could not {what} {Location}: {Reason(ex)}", ex);
        }
    }
}
