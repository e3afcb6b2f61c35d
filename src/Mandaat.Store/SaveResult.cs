namespace Mandaat.Store;

/// <summary>What <see cref="IDocumentStore.SaveAsync"/> did, and the id the document has in the store.</summary>
public sealed record SaveResult(SaveStatus Status, string Id);
