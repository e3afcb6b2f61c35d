using System.Globalization;
using System.Xml.Linq;

namespace Mandaat.Import;

/// <summary>
/// One record of a KOOP SRU answer (FORMATS.md §2d): the publication's identifier, dossier and number, date, title, kind
/// and when it was last modified (what tells a new publication from one stored).
/// </summary>
public sealed record SruRecord(string Identifier, string? Dossier, string? Number, DateOnly? Date, string? Title, string? Kind, string Revision)
{
    /// <summary>The records of one page and how many the whole search holds; a diagnostics answer (bad CQL) is a SourceException.</summary>
    public static (IReadOnlyList<SruRecord> Records, int Total) Page(XDocument answer, Uri address)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Descendants().FirstOrDefault(e => e.Name.LocalName == "diagnostic") is { } diagnostic)
        {
            throw new SourceException($"{address}: the search was refused: {SafeXml.First(diagnostic, "message") ?? diagnostic.Value.Trim()}");
        }

        if (!int.TryParse(SafeXml.First(answer, "numberOfRecords"), NumberStyles.None, CultureInfo.InvariantCulture, out var total))
        {
            throw new SourceException($"{address} is not an SRU answer: it has no numberOfRecords");
        }

        var records = answer.Descendants().Where(e => e.Name.LocalName == "record")
            .Select(r => Parse(r, address))
            .ToList();
        return (records, total);
    }

    private static SruRecord Parse(XElement record, Uri address)
    {
        var identifier = SafeXml.First(record, "identifier") ?? throw new SourceException($"{address}: a record has no identifier");
        var day = SafeXml.First(record, "date") ?? SafeXml.First(record, "issued");
        return new SruRecord(
            identifier,
            SafeXml.First(record, "dossiernummer"),
            SafeXml.First(record, "ondernummer"),
            DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            SafeXml.First(record, "documenttitel") ?? SafeXml.First(record, "title"),
            SafeXml.First(record, "subrubriek") ?? SafeXml.First(record, "type"),
            SafeXml.First(record, "modified") ?? SafeXml.First(record, "available") ?? identifier);
    }
}
