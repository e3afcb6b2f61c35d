namespace Mandaat.Import.Tests;

/// <summary>
/// One Toezegging of the recording in the documented OData shape (FORMATS.md §1a: its properties, Activiteit and
/// KamerbriefNakoming expanded). Built from the documented shape, not captured: no real Toezegging listing is stored.
/// </summary>
internal sealed record RecordedCommitment(
    string Id,
    string Nummer,
    string Tekst,
    string Status,
    int Dossier,
    DateOnly ActivityDate,
    string ActivityNumber,
    IReadOnlyList<string> FulfilledBy,
    DateTimeOffset ChangedAt,
    bool Deleted = false)
{
    public object Entity() => new Dictionary<string, object?>
    {
        ["Id"] = Id,
        ["Nummer"] = Nummer,
        ["Aanmaakdatum"] = $"{ActivityDate:yyyy-MM-dd}T00:00:00+01:00",
        ["ActiviteitNummer"] = ActivityNumber,
        ["Naam"] = "Hennis-Plasschaert",
        ["Achternaam"] = "Hennis-Plasschaert",
        ["Initialen"] = "J.A.",
        ["Tussenvoegsel"] = null,
        ["Functie"] = "Minister van Defensie",
        ["Status"] = Status,
        ["DatumNakoming"] = null,
        ["Ministerie"] = "Defensie",
        ["Tekst"] = Tekst,
        ["GewijzigdOp"] = ChangedAt.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture),
        ["Verwijderd"] = Deleted,
        ["Activiteit"] = new Dictionary<string, object?>
        {
            ["Id"] = $"c0000000-0000-0000-0000-{ActivityNumber.Replace("A", "0", StringComparison.Ordinal).PadLeft(12, '0')[^12..]}",
            ["Nummer"] = ActivityNumber,
            ["Soort"] = "Commissiedebat",
            ["Onderwerp"] = "Missies en operaties",
            ["Datum"] = $"{ActivityDate:yyyy-MM-dd}T00:00:00+01:00",
        },
        ["KamerbriefNakoming"] = FulfilledBy.Select(id => new Dictionary<string, object?> { ["Id"] = id }).ToArray(),
    };
}
