using Mandaat.Store;

namespace Mandaat.Cli.Commands;

/// <summary>Finds a stored document by id; an unknown id is a usage error (exit 2) that says how to find ids.</summary>
public static class DocumentLookup
{
    public static async Task<DocumentDetail> GetAsync(IDocumentStore store, string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id.Trim(), cancellationToken)
        ?? throw new UsageException($"no document with id '{id}'; `mandaat list` shows the ids in the store");

    public static async Task<DocumentDetail> GetVersionAsync(IDocumentStore store, string id, int version, CancellationToken cancellationToken) =>
        await store.GetVersionAsync(id.Trim(), version, cancellationToken)
        ?? throw new UsageException($"no version {version} of a document with id '{id}'; `mandaat show {id}` lists its versions");
}
