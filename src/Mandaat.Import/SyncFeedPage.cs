using System.Xml.Linq;

namespace Mandaat.Import;

/// <summary>
/// One page of the Gegevensmagazijn's SyncFeed (an Atom feed, FORMATS.md §1b): its entries, the feed-level
/// <c>next</c> link while more pages follow, and the <c>resume</c> link the feed gives once it is caught up.
/// </summary>
public sealed record SyncFeedPage(IReadOnlyList<SyncFeedEntry> Entries, Uri? Next, Uri? Resume)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Reads a page; anything but an Atom feed (an error body, an HTML page) is the source's fault, said as such.</summary>
    public static SyncFeedPage Parse(byte[] content, Uri address)
    {
        var feed = SafeXml.Parse(content, address).Root;
        if (feed is null || feed.Name != Atom + "feed")
        {
            throw new SourceException($"{address} is not a SyncFeed page: its root is <{feed?.Name.LocalName}>, not an Atom <feed>");
        }

        var entries = feed.Elements(Atom + "entry").Select(e => SyncFeedEntry.Parse(e, address)).ToList();
        return new SyncFeedPage(entries, SyncFeedEntry.Link(feed, "next", address), SyncFeedEntry.Link(feed, "resume", address));
    }

    /// <summary>Where to read on after this page: the next page, else the last entry's own next, else the resume link.</summary>
    public Uri? After => Next ?? Entries.LastOrDefault(e => e.Next is not null)?.Next ?? Resume;
}
