using System.Runtime.CompilerServices;
using Mandaat.Store;

namespace Mandaat.Register.Export;

/// <summary>
/// Every stored fact in the store's list order, read one document at a time: the facts export holds one document in
/// memory, never the corpus.
/// </summary>
public static class StoredFacts
{
    public static async IAsyncEnumerable<DocumentFact> ReadAsync(IDocumentStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var summary in await store.ListAsync(DocumentFilter.None, cancellationToken))
        {
            // A document removed since the list was read is not exported, as the register would not hold it either.
            if (await store.GetAsync(summary.Id, cancellationToken) is not { } detail)
            {
                continue;
            }

            foreach (var fact in detail.Facts)
            {
                yield return new DocumentFact(detail.Summary.Id, fact);
            }
        }
    }
}
