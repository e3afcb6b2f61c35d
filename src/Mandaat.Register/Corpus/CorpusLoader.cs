using Mandaat.Core.Documents;
using Mandaat.Missions;
using Mandaat.Register.Materialised;
using Mandaat.Store;

namespace Mandaat.Register.Corpus;

/// <summary>
/// Reads every stored document whole through <see cref="IDocumentStore"/> (so any backend serves) and makes the
/// register's corpus of it as the stored entries would (<see cref="EntryCorpus"/>), the documents kept whole:
/// as the reference the materialised register and the exports are tested against (exports read the snapshots and
/// stream the facts, <see cref="Export.StoredFacts"/>).
/// </summary>
public sealed class CorpusLoader(MissionCatalog catalog)
{
    public async Task<RegisterCorpus> LoadAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        var details = new List<DocumentDetail>();
        foreach (var summary in await store.ListAsync(DocumentFilter.None, cancellationToken))
        {
            if (await store.GetAsync(summary.Id, cancellationToken) is { } detail)
            {
                details.Add(detail);
            }
        }

        var projection = new RegisterProjection(catalog);
        var provisional = EntryCorpus.Provisional(details
            .Where(d => d.Summary.Kind == DocumentKind.Artikel100 || d.Summary.Kind == DocumentKind.Kennisgeving)
            .Select(d => projection.Entry(d, [])));
        var entries = details.Select(d => projection.Entry(d, provisional)).ToList();
        return EntryCorpus.Build(catalog, entries, details);
    }
}
