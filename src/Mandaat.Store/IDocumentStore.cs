using Mandaat.Core;
using Mandaat.Core.Facts;
using Mandaat.Core.Paging;
using Mandaat.Store.Listing;
using Mandaat.Store.Register;

namespace Mandaat.Store;

/// <summary>
/// Where documents and their facts live. The pipeline and every interface use only this; the SQLite
/// (embedded, default) and PostgreSQL implementations pass the same test suite.
/// </summary>
public interface IDocumentStore : IAsyncDisposable
{
    /// <summary>Brings the schema to the version this program knows; refuses a newer one.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>The id of the document stored with this content hash, or null.</summary>
    Task<string?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken);

    /// <summary>Writes one document with its sections, paragraphs, questions and facts in one transaction.</summary>
    Task<SaveResult> SaveAsync(ProcessedDocument document, CancellationToken cancellationToken);

    /// <summary>
    /// Writes several documents, each as <see cref="SaveAsync"/> would: one result per document in
    /// order, a document that cannot be stored failed with its reason and leaving nothing behind, the
    /// others stored. A backend may write them in one transaction; this default saves one by one.
    /// </summary>
    async Task<IReadOnlyList<Outcome<SaveResult>>> SaveManyAsync(IReadOnlyList<ProcessedDocument> documents, CancellationToken cancellationToken)
    {
        var results = new List<Outcome<SaveResult>>(documents.Count);
        foreach (var document in documents)
        {
            try
            {
                results.Add(Outcome<SaveResult>.Ok(await SaveAsync(document, cancellationToken)));
            }
            catch (StoreException ex)
            {
                results.Add(Outcome<SaveResult>.Fail(ex.Message));
            }
        }

        return results;
    }

    Task<IReadOnlyList<DocumentSummary>> ListAsync(DocumentFilter filter, CancellationToken cancellationToken);

    /// <summary>One page of the documents the query holds for, newest first unless asked otherwise, with the total and the counts by kind, year and dossier.</summary>
    async Task<DocumentListing> ListPageAsync(DocumentQuery query, PageRequest page, CancellationToken cancellationToken) =>
        DocumentListings.Page(await ListAsync(DocumentFilter.None, cancellationToken), query, page);

    /// <summary>One page of the dossiers the store holds papers of, the one with the latest paper first.</summary>
    async Task<Paged<DossierSummary>> ListDossiersAsync(PageRequest page, CancellationToken cancellationToken) =>
        DocumentListings.Dossiers(await ListAsync(DocumentFilter.None, cancellationToken), page);

    /// <summary>The current version of a document with the list of its versions, or null.</summary>
    Task<DocumentDetail?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// The text of a document's current version alone, or null: for a reader that needs only the words (the register
    /// looking for a new mission's names) and not the facts, sections and versions <see cref="GetAsync"/> reads.
    /// </summary>
    async Task<string?> GetTextAsync(string id, CancellationToken cancellationToken) =>
        (await GetAsync(id, cancellationToken))?.Text;

    /// <summary>One version of a document (the current one too), or null when the document or that version is not stored.</summary>
    Task<DocumentDetail?> GetVersionAsync(string id, int version, CancellationToken cancellationToken);

    /// <summary>What the store recorded of a source's paper when it was last stored from that source, or null.</summary>
    Task<OfficialSource?> FindOfficialAsync(string source, string sourceId, CancellationToken cancellationToken);

    /// <summary>Where an import selection stopped (its own JSON), or null when it never ran.</summary>
    Task<string?> GetCheckpointAsync(string selection, CancellationToken cancellationToken);

    /// <summary>Records where an import selection stopped; written after the papers before it are stored.</summary>
    Task SetCheckpointAsync(string selection, string state, CancellationToken cancellationToken);

    /// <summary>Replaces the official record of a stored paper whose metadata the source changed (not its file); false when it is not stored.</summary>
    Task<bool> RefreshOfficialAsync(string documentId, OfficialRecord official, CancellationToken cancellationToken);

    /// <summary>Every import checkpoint, in selection order: what <c>copy</c> carries.</summary>
    Task<IReadOnlyList<ImportCheckpoint>> ListCheckpointsAsync(CancellationToken cancellationToken);

    /// <summary>Stores (or replaces) a commitment of the official register.</summary>
    Task SaveOfficialCommitmentAsync(OfficialCommitment commitment, CancellationToken cancellationToken);

    /// <summary>Removes a commitment the register deleted; false when none was stored.</summary>
    Task<bool> DeleteOfficialCommitmentAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every commitment of the official register the store holds, in id order.</summary>
    Task<IReadOnlyList<OfficialCommitment>> ListOfficialCommitmentsAsync(CancellationToken cancellationToken);

    /// <summary>Facts of one document, or of all documents when <paramref name="documentId"/> is null; optionally of one type.</summary>
    Task<IReadOnlyList<Fact>> GetFactsAsync(string? documentId, FactType? type, CancellationToken cancellationToken);

    /// <summary>Removes a document and everything found in it. False when there was no such document.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    Task<StoreCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>The schema version, document count and size on disk; a store that cannot be reached throws its StoreException.</summary>
    Task<StoreStatus> StatusAsync(CancellationToken cancellationToken);

    /// <summary>Every document with all its rows, in id order (ordinal comparison): what <c>copy</c> reads.</summary>
    IAsyncEnumerable<DocumentRecord> ExportAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes an exported document as it is (id, renditions and ingest time kept) and indexes it for
    /// search, in one transaction. Unchanged when the id or one of its content hashes is stored already.
    /// </summary>
    Task<SaveResult> ImportAsync(DocumentRecord record, CancellationToken cancellationToken);

    /// <summary>The register's generation: raised by every save, new version, removal, import and entry written (docs/MISSIONS.md).</summary>
    Task<long> RegisterGenerationAsync(CancellationToken cancellationToken);

    /// <summary>Every stored register entry (one per current document that has one).</summary>
    Task<IReadOnlyList<RegisterEntryRow>> RegisterEntriesAsync(CancellationToken cancellationToken);

    /// <summary>Writes register entries of stored documents (made after the save: an older store, a changed catalogue, reindex) and raises the generation.</summary>
    Task PutRegisterEntriesAsync(IReadOnlyList<RegisterEntryRow> rows, CancellationToken cancellationToken);

    /// <summary>A snapshot of the register made for this stamp, or null when there is none or it was made for another.</summary>
    Task<string?> GetRegisterSnapshotAsync(string name, string stamp, CancellationToken cancellationToken);

    /// <summary>Replaces the register's snapshots by these, made for one stamp.</summary>
    Task PutRegisterSnapshotsAsync(string stamp, IReadOnlyDictionary<string, string> bodies, CancellationToken cancellationToken);

    /// <summary>Forgets every register entry and snapshot, for <c>reindex</c>.</summary>
    Task ClearRegisterAsync(CancellationToken cancellationToken);
}

/// <summary>How much a store holds; used by overviews and to compare two stores.</summary>
public sealed record StoreCounts(int Documents, int Sections, int Paragraphs, int Facts, int Questions);
