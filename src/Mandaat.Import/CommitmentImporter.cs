using System.Globalization;
using System.Text.Json;
using Mandaat.Store;

namespace Mandaat.Import;

/// <summary>
/// Imports the official commitments register (Toezegging, FORMATS.md §1a) for the selection's dossiers: the
/// commitments made in a debate on a case of the dossier, or fulfilled by a letter in it, page by page
/// (<c>@odata.nextLink</c>). <c>--update</c> asks only those changed since the last complete run, deleted ones
/// included, and removes what the register deleted. A listing that cannot be read is a failure in the report and the
/// dossier's checkpoint stays, so the next run asks again.
/// </summary>
public sealed class CommitmentImporter(ImportRequest request, PoliteHttp http, IDocumentStore store, ImportTally tally)
{
    public async Task RunAsync(IEnumerable<string> dossiers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        foreach (var dossier in dossiers)
        {
            await RunAsync(dossier, cancellationToken);
        }
    }

    /// <summary>The listing's first page for a dossier (29521, 36600-X), changed since a moment when given.</summary>
    public static Uri FirstPage(Uri tkBase, string dossier, DateTimeOffset? changedSince)
    {
        ArgumentNullException.ThrowIfNull(tkBase);
        ArgumentNullException.ThrowIfNull(dossier);
        var dash = dossier.IndexOf('-', StringComparison.Ordinal);
        var number = dash < 0 ? dossier : dossier[..dash];
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new ArgumentException($"'{dossier}' is not a dossier number (29521, 36600-X)");
        }

        var inDossier = $"d/Nummer eq {number}{(dash < 0 ? string.Empty : $" and d/Toevoeging eq '{dossier[(dash + 1)..].Replace("'", "''", StringComparison.Ordinal)}'")}";
        var filter = $"(Activiteit/Zaak/any(z: z/Kamerstukdossier/any(d: {inDossier})) or KamerbriefNakoming/any(b: b/Kamerstukdossier/any(d: {inDossier})))";
        // An update asks deleted ones too, to remove them; a full listing leaves them out.
        filter = changedSince is { } since ? $"{filter} and GewijzigdOp ge {since.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ}" : $"Verwijderd eq false and {filter}";
        return new Uri(tkBase, $"/OData/v4/2.0/Toezegging?$filter={Uri.EscapeDataString(filter)}&$expand=Activiteit,KamerbriefNakoming&$orderby=Id");
    }

    private async Task RunAsync(string dossier, CancellationToken cancellationToken)
    {
        var key = $"tk:toezegging:dossier:{dossier}";
        var started = DateTimeOffset.UtcNow;
        var checkpoint = Checkpoint.Parse(await store.GetCheckpointAsync(key, cancellationToken));
        var changedSince = request.Update ? checkpoint?.LastComplete?.AddMinutes(-5) : null;
        Uri? next = FirstPage(request.TkBase, dossier, changedSince);
        var read = new HashSet<string>(StringComparer.Ordinal);
        while (next is not null)
        {
            if (!read.Add(next.AbsoluteUri))
            {
                tally.Fail(TkImporter.Source, key, $"the commitments listing's @odata.nextLink leads back to a page already read ({next}); stopped there");
                return;
            }

            try
            {
                next = await PageAsync(next, dossier, cancellationToken);
            }
            catch (Exception ex) when (ex is SourceException or JsonException or StoreException)
            {
                tally.Fail(TkImporter.Source, key, $"the commitments register could not be read: {ex.Message}; the next run asks again");
                return;
            }
        }

        await store.SetCheckpointAsync(key, new Checkpoint(null, started).ToJson(), cancellationToken);
    }

    private async Task<Uri?> PageAsync(Uri address, string dossier, CancellationToken cancellationToken)
    {
        using var json = JsonDocument.Parse(await http.GetAsync(address, fresh: true, cancellationToken));
        if (!json.RootElement.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw new SourceException($"{address} is not an OData page: it has no \"value\" array");
        }

        foreach (var entity in value.EnumerateArray())
        {
            var (commitment, deleted) = TkToezegging.Parse(entity, request.TkBase, [dossier]);
            if (deleted)
            {
                await store.DeleteOfficialCommitmentAsync(commitment.Id, cancellationToken);
                continue;
            }

            await store.SaveOfficialCommitmentAsync(commitment, cancellationToken);
            tally.Commitment();
        }

        return json.RootElement.TryGetProperty("@odata.nextLink", out var link) && link.GetString() is { Length: > 0 } href ? new Uri(address, href) : null;
    }
}
