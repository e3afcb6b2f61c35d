using System.Text.Json;
using Mandaat.Pipeline;
using Mandaat.Store;

namespace Mandaat.Import;

/// <summary>
/// Imports selections from the Tweede Kamer's Gegevensmagazijn (FORMATS.md §1a): lists the selection's Documents page
/// by page (<c>@odata.nextLink</c>, 250 a page), fetches each file from its resource unless the store holds that
/// revision already, processes it with the source's metadata as its identification, and stores it with its official
/// record in one transaction. After each page the selection's checkpoint moves on, so an import killed at any moment
/// resumes at the page it was on and fetches nothing it stored. <c>--update</c> reads the SyncFeed on from the
/// selection's cursor (<see cref="UpdateFromFeedAsync"/>); a selection whose dossiers are not known by id yet asks the
/// listing for what changed since the last complete run instead. Papers the source deleted are removed.
/// </summary>
public sealed partial class TkImporter(ImportRequest request, PoliteHttp http, DocumentProcessor processor, IDocumentStore store, ImportTally tally)
{
    public const string Source = "tk";

    public TkImporter(ImportRequest request, PoliteHttp http, DocumentProcessor processor, IDocumentStore store, IProgress<ImportProgress>? progress = null)
        : this(request, http, processor, store, new ImportTally(progress))
    {
    }

    public Task<ImportReport> RunAsync(IEnumerable<TkSelection> selections, CancellationToken cancellationToken) =>
        tally.EachAsync(selections, RunAsync, cancellationToken);

    private async Task RunAsync(TkSelection selection, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var checkpoint = Checkpoint.Parse(await store.GetCheckpointAsync(selection.Key, cancellationToken));
        if (request.Update && checkpoint is { Next: null, LastComplete: not null } && (checkpoint.Feed is not null || checkpoint.Dossiers is { Count: > 0 }))
        {
            await UpdateFromFeedAsync(selection, checkpoint, started, cancellationToken);
            return;
        }

        var changedSince = request.Update ? checkpoint?.LastComplete?.AddMinutes(-5) : null;
        if (request.Update && changedSince is not null && !request.Offline)
        {
            await RemoveDeletedAsync(selection, changedSince.Value, cancellationToken);
        }

        // An unfinished run resumes at the page it was on; a finished one starts again at the first page.
        var next = checkpoint?.Next is { } resume ? new Uri(resume) : selection.FirstPage(request.TkBase, changedSince, deleted: false);
        var dossiers = new SortedSet<string>(checkpoint?.Dossiers ?? [], StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (next is not null)
        {
            if (!seen.Add(next.AbsoluteUri))
            {
                Fail(selection.Key, $"the listing's @odata.nextLink leads back to a page already read ({next}); stopped there, the selection is not complete");
                return;
            }

            var page = await ReadPageAsync(next, selection.Key, cancellationToken);
            if (page is null)
            {
                return;
            }

            foreach (var document in page.Value.Documents)
            {
                await ImportAsync(document, cancellationToken);
            }

            dossiers.UnionWith(page.Value.Documents.Select(d => d.DossierId).OfType<string>());
            next = page.Value.Next;
            await store.SetCheckpointAsync(selection.Key, new Checkpoint(next?.AbsoluteUri, checkpoint?.LastComplete, checkpoint?.Feed, [.. dossiers]).ToJson(), cancellationToken);
        }

        await store.SetCheckpointAsync(selection.Key, new Checkpoint(null, started, checkpoint?.Feed, [.. dossiers]).ToJson(), cancellationToken);
    }

    /// <summary>One page of the listing, or null (with a failure reported) when the source cannot give a readable one.</summary>
    private async Task<(IReadOnlyList<TkDocument> Documents, Uri? Next)?> ReadPageAsync(Uri address, string selection, CancellationToken cancellationToken)
    {
        // A listing is asked again (not answered from the cache) unless offline; a malformed one gets one more try.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var content = await http.GetAsync(address, fresh: true, cancellationToken);
                using var json = JsonDocument.Parse(content);
                var root = json.RootElement;
                if (!root.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
                {
                    throw new JsonException("the page has no \"value\" array");
                }

                var documents = value.EnumerateArray().Select(TkDocument.Parse).ToList();
                var next = root.TryGetProperty("@odata.nextLink", out var link) && link.GetString() is { Length: > 0 } href ? new Uri(address, href) : null;
                return (documents, next);
            }
            catch (SourceException ex)
            {
                Fail(selection, ex.Message);
                return null;
            }
            catch (JsonException ex) when (attempt < 2 && !request.Offline)
            {
                _ = ex;
            }
            catch (JsonException ex)
            {
                Fail(selection, $"{address} is not a readable OData page: {ex.Message}; the selection stops here and resumes from this page next time");
                return null;
            }
        }
    }

    /// <summary>Stores a listed paper unless its revision is stored; with <paramref name="refresh"/> (a feed entry) a changed metadata of a stored revision is taken over.</summary>
    private Task ImportAsync(TkDocument document, CancellationToken cancellationToken, bool refresh = false) => tally.PaperAsync(Source, document.Id, async () =>
    {
        var resource = new Uri(request.TkBase, $"/OData/v4/2.0/Document({document.Id})/resource");
        var known = await store.FindOfficialAsync(Source, document.Id, cancellationToken);
        if (known is not null && known.Revision == document.Revision)
        {
            if (refresh && await RefreshAsync(known, Official(document, resource), cancellationToken))
            {
                tally.MetadataUpdated();
                return;
            }

            tally.Unchanged();
            return;
        }

        var content = await http.GetAsync(resource, fresh: false, cancellationToken, document.Revision);
        tally.Fetched();
        var (saved, official, error) = await OfficialPaper.StoreAsync(
            processor, store, content, $"{resource.AbsoluteUri}{document.Extension}", Official(document, resource), document.Vergaderjaar, cancellationToken);
        if (saved is null)
        {
            Fail(document.Id, $"{resource} could not be read: {error}");
            return;
        }

        tally.Saved(Source, saved, official);
    });

    // Papers the source deleted since the last complete run are removed, with everything derived from them.
    private async Task RemoveDeletedAsync(TkSelection selection, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var page = await ReadPageAsync(selection.FirstPage(request.TkBase, since, deleted: true), selection.Key, cancellationToken);
        foreach (var document in page?.Documents ?? [])
        {
            if (await store.FindOfficialAsync(Source, document.Id, cancellationToken) is { } known)
            {
                await RemoveAsync(known, document.Id, cancellationToken);
            }
        }
    }

    // Same file, other metadata (a corrected date or subject): the record is replaced, the file not fetched.
    private async Task<bool> RefreshAsync(OfficialSource known, OfficialRecord fresh, CancellationToken cancellationToken)
    {
        if ((await store.GetAsync(known.DocumentId, cancellationToken))?.Official is not { } stored)
        {
            return false;
        }

        if ((stored.Dossier, stored.Number, stored.Date, stored.Soort, stored.Subject, stored.Url) == (fresh.Dossier, fresh.Number, fresh.Date, fresh.Soort, fresh.Subject, fresh.Url))
        {
            return false;
        }

        return await store.RefreshOfficialAsync(known.DocumentId, fresh with { Text = stored.Text }, cancellationToken);
    }

    private static OfficialRecord Official(TkDocument document, Uri resource)
    {
        var kst = document.KamerstukId;
        var ids = new Dictionary<string, string> { ["Document"] = document.Id, ["resource"] = resource.AbsoluteUri };
        if (document.DocumentNummer is { } nummer)
        {
            ids["DocumentNummer"] = nummer;
        }

        if (document.ExternalId is { } external)
        {
            ids["ExterneIdentifier"] = external;
        }

        return new OfficialRecord
        {
            Source = Source,
            SourceId = document.Id,
            Revision = document.Revision,
            // The publication's own address when it is a Kamerstuk; else the file at the Gegevensmagazijn.
            Url = kst is null ? resource.AbsoluteUri : $"https://zoek.officielebekendmakingen.nl/{kst}",
            Dossier = document.Dossier,
            Number = document.Volgnummer is > 0 ? document.Volgnummer.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            Date = document.Datum,
            Soort = document.Soort,
            Subject = document.Onderwerp ?? document.Titel,
            Version = document.Version,
            Ids = ids,
        };
    }

    private void Fail(string id, string reason) => tally.Fail(Source, id, reason);
}
