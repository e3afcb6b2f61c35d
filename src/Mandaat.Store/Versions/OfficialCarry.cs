namespace Mandaat.Store.Versions;

/// <summary>
/// A new version of an imported paper ingested by hand (a file without an official record) keeps the paper's
/// official record: its address and the source's metadata stay attached and win for dossier, number, date and
/// subject, and the new text's own identification is kept beside them, so a disagreement still shows.
/// </summary>
public static class OfficialCarry
{
    public static ProcessedDocument Carry(ProcessedDocument document, string? storedOfficial)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Official is not null || StoredJson.Official(storedOfficial) is not { } official)
        {
            return document;
        }

        var identity = document.Identity;
        return document with
        {
            Official = official with { Text = new TextIdentification(identity.Dossier, identity.Number, identity.Date, identity.Subject) },
            Identity = identity with
            {
                Dossier = official.Dossier ?? identity.Dossier,
                Dossiers = official.Dossier is { } d ? [d, .. identity.Dossiers.Where(x => x != d)] : identity.Dossiers,
                Number = official.Number ?? identity.Number,
                Date = official.Date ?? identity.Date,
                Subject = official.Subject ?? identity.Subject,
            },
        };
    }
}
