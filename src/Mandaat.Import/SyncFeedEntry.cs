using System.Globalization;
using System.Xml.Linq;

namespace Mandaat.Import;

/// <summary>
/// One entry of a SyncFeed page (FORMATS.md §1b): the entity's id, when it changed, the entry's own <c>next</c> link
/// (the durable cursor after this entry), whether the entity is a tombstone, and the dossiers its XML refers to.
/// </summary>
public sealed record SyncFeedEntry(string Id, DateTimeOffset? Updated, Uri? Next, bool Deleted, bool HasContent, IReadOnlyList<string> DossierRefs)
{
    public static SyncFeedEntry Parse(XElement entry, Uri page)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var entity = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "content")?.Elements().FirstOrDefault();
        var id = (string?)entity?.Attribute("id") ?? IdFrom(entry) ?? throw new SourceException($"{page}: a feed entry has no entity id");
        return new SyncFeedEntry(
            id.Trim(),
            Instant(Child(entry, "updated")?.Value) ?? Instant(Attribute(entity, "bijgewerkt")),
            Link(entry, "next", page),
            // Tombstones arrive as verwijderd="true", on the live feed also "True" (FORMATS.md §1b).
            string.Equals(Attribute(entity, "verwijderd"), "true", StringComparison.OrdinalIgnoreCase),
            entity is not null,
            entity is null ? [] : [.. entity.Elements().Where(e => e.Name.LocalName == "kamerstukdossier").Select(e => (string?)e.Attribute("ref")).OfType<string>()]);
    }

    /// <summary>A feed-level or entry-level link of this relation, resolved against the page's address.</summary>
    public static Uri? Link(XElement element, string relation, Uri page)
    {
        ArgumentNullException.ThrowIfNull(element);
        var href = element.Elements().FirstOrDefault(e => e.Name.LocalName == "link" && (string?)e.Attribute("rel") == relation)?.Attribute("href")?.Value;
        return string.IsNullOrWhiteSpace(href) ? null : new Uri(page, href.Trim());
    }

    // The title is the entity's GUID; else the last segment of the entry's id (…/Entiteiten/<guid>).
    private static string? IdFrom(XElement entry) =>
        Child(entry, "title")?.Value.Trim() is { Length: > 0 } title ? title : Child(entry, "id")?.Value.Trim().Split('/')[^1];

    private static XElement? Child(XElement element, string localName) => element.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    // Matched by local name whatever the prefix (tk:verwijderd, ns1:bijgewerkt or none).
    private static string? Attribute(XElement? element, string localName) => element?.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;

    // "2019-06-28T23:59:41.5570000" without a zone is UTC (FORMATS.md §1b).
    private static DateTimeOffset? Instant(string? value) =>
        DateTimeOffset.TryParse(value?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;
}
