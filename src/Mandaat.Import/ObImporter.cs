using System.Globalization;
using Mandaat.Pipeline;
using Mandaat.Store;

namespace Mandaat.Import;

/// <summary>
/// Imports selections from officielebekendmakingen (FORMATS.md §2): KOOP's SRU search lists a dossier's Kamerstukken
/// page by page; each publication's metadata.xml is its official metadata, and its Kamerstuk XML is read (it keeps the
/// paper's structure), its PDF only when there is no XML. Checkpoints, the source ledger and the cache work as for
/// the Gegevensmagazijn (<see cref="TkImporter"/>).
/// </summary>
public sealed class ObImporter(ImportRequest request, PoliteHttp http, DocumentProcessor processor, IDocumentStore store, ImportTally tally)
{
    public const string Source = "ob";

    /// <summary>Records a page: SRU allows up to 1000; 100 keeps an answer small.</summary>
    public const int PageSize = 100;

    public Task<ImportReport> RunAsync(IEnumerable<ObSelection> selections, CancellationToken cancellationToken) =>
        tally.EachAsync(selections, RunAsync, cancellationToken);

    private async Task RunAsync(ObSelection selection, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var checkpoint = Checkpoint.Parse(await store.GetCheckpointAsync(selection.Key, cancellationToken));
        var start = checkpoint?.Next is { } resume && int.TryParse(resume, NumberStyles.None, CultureInfo.InvariantCulture, out var at) ? at : 1;
        while (true)
        {
            var address = selection.Page(request.ObSru, start, PageSize);
            IReadOnlyList<SruRecord> records;
            int total;
            try
            {
                (records, total) = SruRecord.Page(SafeXml.Parse(await http.GetAsync(address, fresh: true, cancellationToken), address), address);
            }
            catch (SourceException ex)
            {
                tally.Fail(Source, selection.Key, ex.Message + "; the selection resumes from this page next time");
                return;
            }

            foreach (var record in records)
            {
                await ImportAsync(record, cancellationToken);
            }

            start += records.Count;
            if (records.Count == 0 || start > total)
            {
                break;
            }

            await store.SetCheckpointAsync(selection.Key, new Checkpoint(start.ToString(CultureInfo.InvariantCulture), checkpoint?.LastComplete).ToJson(), cancellationToken);
        }

        await store.SetCheckpointAsync(selection.Key, new Checkpoint(null, started).ToJson(), cancellationToken);
    }

    private Task ImportAsync(SruRecord record, CancellationToken cancellationToken) => tally.PaperAsync(Source, record.Identifier, async () =>
    {
        if (await store.FindOfficialAsync(Source, record.Identifier, cancellationToken) is { } known && known.Revision == record.Revision)
        {
            tally.Unchanged();
            return;
        }

        var metadataAddress = new Uri(request.ObBase, $"/{record.Identifier}/metadata.xml");
        var metadata = KoopMetadata.Parse(SafeXml.Parse(await http.GetAsync(metadataAddress, fresh: false, cancellationToken, record.Revision), metadataAddress));
        var (file, address) = await FileAsync(record, cancellationToken);
        tally.Fetched();
        var official = new OfficialRecord
        {
            Source = Source,
            SourceId = record.Identifier,
            Revision = record.Revision,
            Url = new Uri(request.ObBase, $"/{record.Identifier}").AbsoluteUri,
            Dossier = metadata.Dossier ?? record.Dossier,
            Number = metadata.Number ?? record.Number,
            Date = metadata.Date ?? record.Date,
            Soort = record.Kind ?? metadata["DC.type"],
            Subject = metadata.Title ?? record.Title,
            Ids = new Dictionary<string, string> { ["identifier"] = record.Identifier, ["metadata"] = metadataAddress.AbsoluteUri, ["file"] = address.AbsoluteUri },
        };
        var (saved, stored, error) = await OfficialPaper.StoreAsync(processor, store, file, address.AbsoluteUri, official, metadata["OVERHEIDop.vergaderjaar"], cancellationToken);
        if (saved is null)
        {
            tally.Fail(Source, record.Identifier, $"{address} could not be read: {error}");
            return;
        }

        tally.Saved(Source, saved, stored);
    });

    // The Kamerstuk XML keeps the structure; a publication without one (an older or an attached paper) has its PDF.
    private async Task<(byte[] Content, Uri Address)> FileAsync(SruRecord record, CancellationToken cancellationToken)
    {
        var xml = new Uri(request.ObBase, $"/{record.Identifier}.xml");
        try
        {
            return (await http.GetAsync(xml, fresh: false, cancellationToken, record.Revision), xml);
        }
        catch (SourceException ex) when (ex.Message.Contains("HTTP 404", StringComparison.Ordinal))
        {
            var pdf = new Uri(request.ObBase, $"/{record.Identifier}.pdf");
            return (await http.GetAsync(pdf, fresh: false, cancellationToken, record.Revision), pdf);
        }
    }
}
