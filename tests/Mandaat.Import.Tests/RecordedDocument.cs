namespace Mandaat.Import.Tests;

/// <summary>
/// One Document entity of the recording with its file: the entity in the documented OData shape (FORMATS.md §1a,
/// properties as the real Document of tests/data/fixtures/tk-odata/besluit-expanded.singular.json), the file a real one.
/// </summary>
internal sealed record RecordedDocument(
    string Id,
    string Soort,
    string Onderwerp,
    DateOnly Datum,
    int Volgnummer,
    int Dossier,
    string DossierTitle,
    string ContentType,
    byte[] File,
    string VersionId,
    DateTimeOffset ChangedAt,
    bool Deleted = false)
{
    public object Entity(int? dossierNumber = null) => new Dictionary<string, object?>
    {
        ["Id"] = Id,
        ["Soort"] = Soort,
        ["DocumentNummer"] = $"{Datum.Year}D{Volgnummer:00000}",
        ["Titel"] = DossierTitle,
        ["Onderwerp"] = Onderwerp,
        ["Datum"] = $"{Datum:yyyy-MM-dd}T00:00:00+02:00",
        ["Vergaderjaar"] = Datum.Month >= 9 ? $"{Datum.Year}-{Datum.Year + 1}" : $"{Datum.Year - 1}-{Datum.Year}",
        ["Kamer"] = 2,
        ["Volgnummer"] = Volgnummer,
        ["ContentType"] = ContentType,
        ["ContentLength"] = File.Length,
        ["GewijzigdOp"] = ChangedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture),
        ["ApiGewijzigdOp"] = ChangedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", System.Globalization.CultureInfo.InvariantCulture),
        ["Verwijderd"] = Deleted,
        ["HuidigeDocumentVersie_Id"] = VersionId,
        ["Kamerstukdossier"] = new[]
        {
            new Dictionary<string, object?> { ["Id"] = $"00000000-0000-0000-0000-0000000{dossierNumber ?? Dossier}", ["Titel"] = DossierTitle, ["Nummer"] = dossierNumber ?? Dossier, ["Toevoeging"] = null, ["Verwijderd"] = false },
        },
        ["HuidigeDocumentVersie"] = new Dictionary<string, object?> { ["Id"] = VersionId, ["Versienummer"] = 1, ["ExterneIdentifier"] = $"kst-{Dossier}-{Volgnummer}" },
    };
}
