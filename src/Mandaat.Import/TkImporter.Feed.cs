using Mandaat.Store;

namespace Mandaat.Import;

/// <summary>
/// <c>--update</c> through the SyncFeed of category Document (FORMATS.md §1b). From the selection's cursor (else from
/// the feed's place at its last complete run, five minutes early) each page is read: a tombstone of a paper stored is
/// removed with everything derived from it; an entry of a paper stored, or of a paper in one of the selection's
/// dossiers, is asked of the OData listing (with the selection's filter, so a paper outside it stays out), and only a
/// paper whose DocumentVersie changed is fetched. The cursor moves after each page is handled; a page that cannot be
/// read, or a <c>next</c> that leads back to a page already read, stops the selection with a failure and the cursor
/// stays where it was, so the next run reads that page again.
/// </summary>
public sealed partial class TkImporter
{
    /// <summary>Ids asked of the listing at once: short enough for any server's URL limit.</summary>
    private const int IdsPerListing = 20;

    private (DateTimeOffset Moment, Uri Position)? _bootstrap;

    private async Task UpdateFromFeedAsync(TkSelection selection, Checkpoint checkpoint, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var feed = new SyncFeed(request.TkBase, "Document", http);
        var dossiers = new HashSet<string>(checkpoint.Dossiers ?? [], StringComparer.OrdinalIgnoreCase);
        Uri cursor;
        try
        {
            cursor = checkpoint.Feed is { } saved ? new Uri(saved) : await PositionAsync(feed, checkpoint.LastComplete!.Value.AddMinutes(-5), cancellationToken);
        }
        catch (SourceException ex)
        {
            Fail(selection.Key, $"the SyncFeed could not be placed at the last complete run: {ex.Message}; nothing was updated");
            return;
        }

        var read = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            if (!read.Add(cursor.AbsoluteUri))
            {
                Fail(selection.Key, $"the SyncFeed's next link leads back to a page already read ({cursor}); stopped there, the cursor stays before it");
                return;
            }

            SyncFeedPage page;
            try
            {
                page = await feed.ReadAsync(cursor, cancellationToken);
                if (!await HandleAsync(selection, feed, page, dossiers, cancellationToken))
                {
                    return;
                }
            }
            catch (SourceException ex)
            {
                Fail(selection.Key, $"{ex.Message}; the selection's feed cursor stays at this page and the next --update reads it again");
                return;
            }

            cursor = page.After ?? cursor;
            await store.SetCheckpointAsync(selection.Key, (checkpoint with { Feed = cursor.AbsoluteUri }).ToJson(), cancellationToken);
            if (page.Next is null)
            {
                break;
            }
        }

        await store.SetCheckpointAsync(selection.Key, (checkpoint with { LastComplete = started, Feed = cursor.AbsoluteUri }).ToJson(), cancellationToken);
    }

    // One place in the feed serves every selection of a run whose last complete run was no earlier.
    private async Task<Uri> PositionAsync(SyncFeed feed, DateTimeOffset moment, CancellationToken cancellationToken)
    {
        if (_bootstrap is not { } known || known.Moment > moment)
        {
            _bootstrap = known = (moment, await feed.PositionAsync(moment, cancellationToken));
        }

        return known.Position;
    }

    /// <summary>Handles one page's entries; false when the selection must stop (the failure is reported).</summary>
    private async Task<bool> HandleAsync(TkSelection selection, SyncFeed feed, SyncFeedPage page, HashSet<string> dossiers, CancellationToken cancellationToken)
    {
        var wanted = new List<string>();
        // The feed is a change log: the same entity recurs, and the newest entry says what it is now.
        foreach (var entry in page.Entries.GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase).Select(g => g.Last()))
        {
            var current = entry.HasContent ? entry : SyncFeedEntry.Parse(EntryOf(await http.GetAsync(feed.Entity(entry.Id), fresh: true, cancellationToken), feed.Entity(entry.Id)), feed.Entity(entry.Id));
            var known = await store.FindOfficialAsync(Source, current.Id, cancellationToken);
            if (current.Deleted)
            {
                if (known is not null)
                {
                    await RemoveAsync(known, current.Id, cancellationToken);
                }
            }
            else if (known is not null || current.DossierRefs.Any(dossiers.Contains))
            {
                wanted.Add(current.Id);
            }
        }

        foreach (var chunk in wanted.Chunk(IdsPerListing))
        {
            // The listing by id is paged like any other (a server may give fewer than 20 a page).
            var read = new HashSet<string>(StringComparer.Ordinal);
            for (Uri? next = selection.Of(request.TkBase, chunk); next is not null;)
            {
                if (!read.Add(next.AbsoluteUri))
                {
                    Fail(selection.Key, $"the listing's @odata.nextLink leads back to a page already read ({next}); the feed cursor stays before this page");
                    return false;
                }

                var listing = await ReadPageAsync(next, selection.Key, cancellationToken);
                if (listing is null)
                {
                    return false;
                }

                foreach (var document in listing.Value.Documents)
                {
                    await ImportAsync(document, cancellationToken, refresh: true);
                }

                next = listing.Value.Next;
            }
        }

        return true;
    }

    // Entiteiten/<id> answers the entity's XML alone; wrapped as an entry's content so one parser reads both.
    private static System.Xml.Linq.XElement EntryOf(byte[] content, Uri address)
    {
        var entity = SafeXml.Parse(content, address).Root ?? throw new SourceException($"{address} is empty");
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        return new System.Xml.Linq.XElement(atom + "entry", new System.Xml.Linq.XElement(atom + "content", entity));
    }

    private async Task RemoveAsync(OfficialSource known, string documentId, CancellationToken cancellationToken)
    {
        if (await store.DeleteAsync(known.DocumentId, cancellationToken))
        {
            tally.Removed();
            tally.Warn(Source, known.DocumentId, $"removed: the Gegevensmagazijn deleted Document {documentId}");
        }
    }
}
