using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Mandaat.Import.Tests;

/// <summary>
/// The SyncFeed (FORMATS.md §1b) and the commitments register of the recorded Gegevensmagazijn. The feed is a change
/// log: each <see cref="Publish"/> appends an entry with the next skiptoken (with gaps, as the real ones have), and
/// <c>/SyncFeed/2.0/Feed?category=Document&amp;skiptoken=N</c> answers the Atom page of the entries after N: feed-level
/// <c>next</c> while more follow, <c>resume</c> when caught up, each entry with its own <c>next</c> and the entity XML.
/// Built from the documented shape and the official XSD (no real feed page is stored anywhere).
/// </summary>
internal sealed partial class RecordedGegevensmagazijn
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace TkData = "http://www.tweedekamer.nl/xsd/tkData/v1-0";
    private readonly List<(long Token, RecordedDocument Document)> _feed = [];
    private long _lastToken = 4000;

    /// <summary>Entries a feed page (250 on the real service).</summary>
    public int FeedPageSize { get; set; } = 250;

    /// <summary>From this skiptoken on, a page with entries has a next link that leads back to itself: the loop fault.</summary>
    public long? FeedLoopFrom { get; set; }

    /// <summary>The skiptoken of the last entry published.</summary>
    public long LastToken
    {
        get
        {
            lock (_feed)
            {
                return _lastToken;
            }
        }
    }

    public List<RecordedCommitment> Commitments { get; } = [];

    /// <summary>Appends the document as it is now to the feed.</summary>
    public void Publish(RecordedDocument document)
    {
        lock (_feed)
        {
            _lastToken += 7;
            _feed.Add((_lastToken, document));
        }
    }

    /// <summary>
    /// The feed as it stood before the test: changes of papers of another dossier a month before the recording was
    /// published, then every paper of the recording.
    /// </summary>
    public void SeedFeed(int otherDossierChanges)
    {
        var other = Documents[0];
        for (var i = 0; i < otherDossierChanges; i++)
        {
            Publish(other with { Id = $"b0000000-0000-0000-0000-{i:000000000000}", Dossier = 36600, Volgnummer = i + 1, ChangedAt = Recording.Published.AddDays(-30).AddHours(i) });
        }

        foreach (var document in Documents.OrderBy(d => d.ChangedAt))
        {
            Publish(document);
        }
    }

    private Uri FeedPage(long skiptoken) => new(BaseAddress, $"SyncFeed/2.0/Feed?skiptoken={skiptoken.ToString(CultureInfo.InvariantCulture)}&category=Document");

    private async Task FeedAsync(HttpContext context)
    {
        var skiptoken = long.TryParse(context.Request.Query["skiptoken"], CultureInfo.InvariantCulture, out var t) ? t : 0;
        List<(long Token, RecordedDocument Document)> after;
        lock (_feed)
        {
            after = [.. _feed.Where(e => e.Token > skiptoken)];
        }

        var page = after.Take(FeedPageSize).ToList();
        var feed = new XElement(Atom + "feed", new XElement(Atom + "title", "Feed"), new XElement(Atom + "id", FeedPage(skiptoken).AbsoluteUri), new XElement(Atom + "updated", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        if (skiptoken >= FeedLoopFrom && page.Count > 0)
        {
            feed.Add(Link("next", FeedPage(skiptoken)));
        }
        else if (page.Count == 0)
        {
            feed.Add(Link("resume", FeedPage(skiptoken)));
        }
        else if (after.Count > page.Count)
        {
            feed.Add(Link("next", FeedPage(page[^1].Token)));
        }

        foreach (var (token, document) in page)
        {
            feed.Add(new XElement(
                Atom + "entry",
                new XElement(Atom + "title", document.Id),
                new XElement(Atom + "id", new Uri(BaseAddress, $"SyncFeed/2.0/Entiteiten/{document.Id}").AbsoluteUri),
                new XElement(Atom + "updated", document.ChangedAt.ToString("O", CultureInfo.InvariantCulture)),
                new XElement(Atom + "category", new XAttribute("term", "document")),
                Link("next", FeedPage(token)),
                document.Deleted ? null : Link("enclosure", new Uri(BaseAddress, $"SyncFeed/2.0/Resources/{document.Id}")),
                new XElement(Atom + "content", new XAttribute("type", "application/xml"), Entity(document))));
        }

        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        await context.Response.WriteAsync(new XDocument(feed).ToString());
    }

    private static XElement Link(string relation, Uri address) =>
        new(Atom + "link", new XAttribute("rel", relation), new XAttribute("href", address.AbsoluteUri));

    // The entity as the XSD describes it; a tombstone is the root with verwijderd="true" and no body (FORMATS.md §1b).
    private static XElement Entity(RecordedDocument d)
    {
        var entity = new XElement(
            TkData + "document",
            new XAttribute(XNamespace.Xmlns + "tk", TkData),
            new XAttribute("id", d.Id),
            new XAttribute(TkData + "bijgewerkt", d.ChangedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture)),
            new XAttribute(TkData + "verwijderd", d.Deleted ? "true" : "false"));
        if (d.Deleted)
        {
            return entity;
        }

        entity.Add(
            new XAttribute(TkData + "contentType", d.ContentType),
            new XAttribute(TkData + "contentLength", d.File.Length),
            new XElement(TkData + "huidigeDocumentVersie", new XAttribute("ref", d.VersionId)),
            new XElement(TkData + "kamerstukdossier", new XAttribute("ref", $"00000000-0000-0000-0000-0000000{d.Dossier}")),
            new XElement(TkData + "soort", d.Soort),
            new XElement(TkData + "titel", d.DossierTitle),
            new XElement(TkData + "onderwerp", d.Onderwerp),
            new XElement(TkData + "datum", $"{d.Datum:yyyy-MM-dd}T00:00:00"),
            new XElement(TkData + "volgnummer", d.Volgnummer),
            new XElement(TkData + "kamer", 2));
        return entity;
    }

    private async Task ListCommitmentsAsync(HttpContext context)
    {
        var filter = context.Request.Query["$filter"].ToString();
        var dossier = DossierNumber().Match(filter) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        var deleted = Deleted().Match(filter) is { Success: true } d ? d.Groups[1].Value == "true" : (bool?)null;
        var since = ChangedSince().Match(filter) is { Success: true } c ? DateTimeOffset.Parse(c.Groups[1].Value, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        var selected = Commitments
            .Where(x => (dossier is null || x.Dossier == dossier) && (deleted is null || x.Deleted == deleted) && (since is null || x.ChangedAt >= since))
            .OrderBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => x.Entity())
            .ToList();
        var body = new Dictionary<string, object?> { ["@odata.context"] = $"{BaseAddress}OData/v4/2.0/$metadata#Toezegging", ["value"] = selected };
        context.Response.ContentType = "application/json; odata.metadata=minimal; odata.streaming=true";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
