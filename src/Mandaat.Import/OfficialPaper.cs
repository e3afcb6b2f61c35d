using Mandaat.Pipeline;
using Mandaat.Store;

namespace Mandaat.Import;

/// <summary>
/// A file from an official source through the pipeline with the source's metadata as its identification (the text's
/// own kept beside it in the official record), then stored with that record in one transaction.
/// </summary>
public static class OfficialPaper
{
    /// <summary>The save's result and the official record as stored, or the reason the file could not be read.</summary>
    public static async Task<(SaveResult? Saved, OfficialRecord Official, string? Error)> StoreAsync(
        DocumentProcessor processor, IDocumentStore store, byte[] content, string path, OfficialRecord official, string? session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(official);
        TextIdentification? text = null;
        var processed = processor.Process(content, path, identity =>
        {
            text = new TextIdentification(identity.Dossier, identity.Number, identity.Date, identity.Subject);
            return identity with
            {
                Dossier = official.Dossier ?? identity.Dossier,
                Dossiers = official.Dossier is { } d ? [d, .. identity.Dossiers.Where(x => x != d)] : identity.Dossiers,
                Number = official.Number ?? identity.Number,
                Date = official.Date ?? identity.Date,
                Session = session ?? identity.Session,
                Subject = official.Subject ?? identity.Subject,
            };
        });
        if (!processed.Succeeded)
        {
            return (null, official, processed.Error);
        }

        official = official with { Text = text };
        return (await store.SaveAsync(processed.Value with { Official = official }, cancellationToken), official, null);
    }
}
