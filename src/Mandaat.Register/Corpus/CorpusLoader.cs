using Mandaat.Core.Documents;
using Mandaat.Missions;
using Mandaat.Register.Citations;
using Mandaat.Store;

namespace Mandaat.Register.Corpus;

/// <summary>
/// Reads every stored document through <see cref="IDocumentStore"/> (so any backend serves), links
/// each to its missions (the catalogue's and the provisional ones its decision letters name) and dates
/// undated ones from the citations of later documents.
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

        var cited = details.SelectMany(d => CitedDateReader.Read(d.Summary.Id, d.Text)).ToList();
        var provisional = Provisional(details);
        var linking = provisional.Count == 0 ? catalog : new MissionCatalog(catalog.Missions.Concat(provisional));
        var links = new MissionLinker(linking).Link(details.Select(d => new DocumentEvidence(d.Summary.Id, d.Summary.Dossier, d.Text, d.Facts) { Date = DocumentDates.ForMissions(d.Summary.Date, d.Summary.Session) }).ToList());
        var documents = details.Select(d =>
        {
            var (date, source) = DateOf(d, cited);
            return new RegisterDocument(d, date, source, links[d.Summary.Id]);
        }).ToList();
        return new RegisterCorpus(documents, cited) { Provisional = provisional };
    }

    // Only a letter that decides names an operation as its own subject; a report or debate may name any.
    private List<Mission> Provisional(List<DocumentDetail> details)
    {
        var found = new Dictionary<string, Mission>(StringComparer.Ordinal);
        foreach (var detail in details.Where(d => d.Summary.Kind == DocumentKind.Artikel100 || d.Summary.Kind == DocumentKind.Kennisgeving))
        {
            foreach (var mission in ProvisionalMissions.Find(detail.Text, catalog, DocumentDates.ForMissions(detail.Summary.Date, detail.Summary.Session)))
            {
                found.TryAdd(mission.Id, mission);
            }
        }

        return [.. found.Values];
    }

    // Only a date every citing document agrees on is used; disagreeing citations are a conflict, not a date.
    private static (DateOnly? Date, string? Source) DateOf(DocumentDetail document, IReadOnlyList<CitedDate> cited)
    {
        if (document.Summary.Date is { } own)
        {
            return (own, RegisterDocument.DatePrinted);
        }

        var dates = cited.Where(c => c.CitedId == document.Summary.Id && c.CitingDocument != document.Summary.Id)
            .Select(c => c.Date).Distinct().ToList();
        return dates.Count == 1 ? (dates[0], RegisterDocument.DateCited) : (null, null);
    }
}
