using Mandaat.Missions;
using Mandaat.Register.Citations;
using Mandaat.Store;

namespace Mandaat.Register.Corpus;

/// <summary>
/// Reads every stored document through <see cref="IDocumentStore"/> (so any backend serves), links
/// each to its missions and dates undated ones from the citations of later documents.
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
        var links = new MissionLinker(catalog).Link(details.Select(d => new DocumentEvidence(d.Summary.Id, d.Summary.Dossier, d.Text, d.Facts) { Date = DocumentDates.ForMissions(d.Summary.Date, d.Summary.Session) }).ToList());
        var documents = details.Select(d =>
        {
            var (date, source) = DateOf(d, cited);
            return new RegisterDocument(d, date, source, links[d.Summary.Id]);
        }).ToList();
        return new RegisterCorpus(documents, cited);
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
