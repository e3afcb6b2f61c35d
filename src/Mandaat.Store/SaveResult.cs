namespace Mandaat.Store;

/// <summary>What <see cref="IDocumentStore.SaveAsync"/> did, and the id the document has in the store.</summary>
public sealed record SaveResult(SaveStatus Status, string Id);

/// <summary>Whether a save wrote the document or found it stored already.</summary>
public enum SaveStatus
{
    /// <summary>New content: the document and everything found in it were written.</summary>
    Inserted,

    /// <summary>This content (or another rendition of the same paper) was already stored; nothing was written.</summary>
    Unchanged,

    /// <summary>A changed text of a paper already stored: it became the current version, the earlier one kept readable.</summary>
    Updated,
}
