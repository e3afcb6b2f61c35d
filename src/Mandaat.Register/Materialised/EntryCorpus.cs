using Mandaat.Missions;
using Mandaat.Register.Citations;
using Mandaat.Register.Corpus;
using Mandaat.Store;

namespace Mandaat.Register.Materialised;

/// <summary>
/// The register's corpus from the documents' entries: the links between documents (a document that names no
/// mission takes its neighbours'), dates from citations, the provisional missions of the whole store. Reads no text.
/// </summary>
public static class EntryCorpus
{
    /// <param name="entries">The entries in the store's list order.</param>
    /// <param name="details">The documents themselves in the same order, when they were read whole (exports); else the entries stand for them.</param>
    public static RegisterCorpus Build(MissionCatalog catalog, IReadOnlyList<RegisterEntry> entries, IReadOnlyList<DocumentDetail>? details = null)
    {
        var provisional = Provisional(entries);
        var linking = provisional.Count == 0 ? catalog : new MissionCatalog(catalog.Missions.Concat(provisional));
        var links = new MissionLinker(linking).Link(entries.Select(e => e.Links).ToList());
        var cited = entries.SelectMany(e => e.CitedDates).ToList();
        // Looked up by paper rather than searched per document: a scan of every citation per document grows with
        // the square of the store (20,000 papers cite some 200,000 times).
        var citations = new Citations(cited.ToLookup(c => c.CitedId, StringComparer.Ordinal), cited.ToLookup(c => c.CitingDocument, StringComparer.Ordinal));
        var documents = entries.Select((e, i) =>
        {
            var (date, source) = DateOf(e, citations);
            return details is null
                ? new RegisterDocument(e.Detail(), date, source, links[e.Summary.Id]) { Readings = e.Readings }
                : new RegisterDocument(details[i], date, source, links[e.Summary.Id]);
        }).ToList();
        return new RegisterCorpus(documents, cited) { Provisional = provisional };
    }

    /// <summary>Every operation the store's decision letters name that no catalogue lists, each once (the first letter's).</summary>
    public static IReadOnlyList<Mission> Provisional(IEnumerable<RegisterEntry> entries) =>
        entries.SelectMany(e => e.Provisional).DistinctBy(m => m.Id).ToList();

    // Only a date every citing document agrees on is used; disagreeing citations are a conflict, not a date. A paper
    // nobody dates is placed, marked inferred, after the latest date it cites itself, else in the middle of its session,
    // else at the latest day its text names (a year alone would misplace it among letters).
    private static (DateOnly? Date, string? Source) DateOf(RegisterEntry entry, Citations citations)
    {
        var document = entry.Summary;
        if (document.Date is { } own)
        {
            return (own, RegisterDocument.DatePrinted);
        }

        var dates = citations.OfPaper[document.Id].Where(c => c.CitingDocument != document.Id)
            .Select(c => c.Date).Distinct().ToList();
        if (dates.Count == 1)
        {
            return (dates[0], RegisterDocument.DateCited);
        }

        var cites = citations.ByPaper[document.Id].Where(c => c.CitedId != document.Id).Select(c => (DateOnly?)c.Date).Max();
        var inferred = cites ?? DocumentDates.ForMissions(null, document.Session) ?? entry.TextDate;
        return inferred is null ? (null, null) : (inferred, RegisterDocument.DateInferred);
    }

    // The store's citations by the paper cited and by the paper citing.
    private sealed record Citations(ILookup<string, CitedDate> OfPaper, ILookup<string, CitedDate> ByPaper);
}
