using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Mandaat.Web.Feeds;

/// <summary>
/// An Atom 1.0 feed (RFC 4287) of documents, newest first, written with System.ServiceModel.Syndication: a feed
/// reader polls it and tells a journalist or a staffer of a new letter. Links are absolute, to the Dutch pages.
/// </summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>One entry: a document (or a commitment in one), its date, its page and a short summary.</summary>
    public sealed record Entry(string Id, string Title, DateOnly? Date, string Path, string Summary);

    public static SyndicationFeed Create(HttpRequest request, string title, string description, IEnumerable<Entry> entries)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var items = entries
            .OrderBy(e => e.Date is null).ThenByDescending(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => Item(site, e))
            .ToList();
        var self = new Uri(site + request.Path + request.QueryString);
        var feed = new SyndicationFeed(title, description, new Uri(site + "/"), self.AbsoluteUri, Updated(items), items)
        {
            Language = "nl",
            Generator = "Mandaat",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "Mandaat" });
        feed.Links.Add(new SyndicationLink(self, "self", title, "application/atom+xml", 0));
        return feed;
    }

    /// <summary>The feed as an HTTP answer (the formatter writes synchronously, so into memory first).</summary>
    public static IResult Result(SyndicationFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return TypedResults.Bytes(buffer.ToArray(), ContentType);
    }

    private static SyndicationItem Item(string site, Entry entry)
    {
        var link = new Uri(site + entry.Path);
        var when = entry.Date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.UnixEpoch;
        var item = new SyndicationItem(entry.Title, entry.Summary, link, link.AbsoluteUri + "#" + entry.Id, when);
        if (entry.Date is not null)
        {
            item.PublishDate = when;
        }

        item.Summary = new TextSyndicationContent(entry.Summary);
        return item;
    }

    // An empty feed changed when it was made; else when its newest entry is dated.
    private static DateTimeOffset Updated(IReadOnlyList<SyndicationItem> items) =>
        items.Count == 0 ? DateTimeOffset.UtcNow : items.Max(i => i.LastUpdatedTime);
}
