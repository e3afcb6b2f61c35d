using System.Globalization;
using System.Xml.Linq;

namespace Mandaat.Import;

/// <summary>A publication's metadata.xml (FORMATS.md §2b): every <c>metadata</c> element's name and content.</summary>
public sealed record KoopMetadata(IReadOnlyDictionary<string, IReadOnlyList<string>> Values)
{
    public static KoopMetadata Parse(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var values = document.Descendants().Where(e => e.Name.LocalName is "metadata" or "meta")
            .Select(e => (Name: (string?)e.Attribute("name"), Content: (string?)e.Attribute("content")))
            .Where(p => p.Name is not null && !string.IsNullOrWhiteSpace(p.Content))
            .GroupBy(p => p.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Content!.Trim())], StringComparer.Ordinal);
        return new KoopMetadata(values);
    }

    public string? this[string name] => Values.TryGetValue(name, out var all) ? all[0] : null;

    public string? Dossier => this["OVERHEIDop.dossiernummer"];

    public string? Number => this["OVERHEIDop.ondernummer"];

    /// <summary>The letter's own date, else the day it was issued.</summary>
    public DateOnly? Date => Day(this["OVERHEIDop.datumBrief"]) ?? Day(this["DCTERMS.issued"]);

    /// <summary>The document's title; before 2010 only DC.title holds it, after "dossiertitel; ".</summary>
    public string? Title => this["OVERHEIDop.documenttitel"] ?? this["DC.title"]?.Split("; ", 2)[^1];

    private static DateOnly? Day(string? value) =>
        value is not null && DateOnly.TryParseExact(value.Length >= 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
