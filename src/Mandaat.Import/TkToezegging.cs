using System.Globalization;
using System.Text.Json;
using Mandaat.Store;

namespace Mandaat.Import;

/// <summary>
/// One Toezegging entity of the Gegevensmagazijn's OData (FORMATS.md §1a) with its Activiteit and KamerbriefNakoming
/// expanded, read as the <see cref="OfficialCommitment"/> the store keeps.
/// </summary>
public static class TkToezegging
{
    /// <summary>Reads one entity; throws <see cref="SourceException"/> when it lacks an Id or a text.</summary>
    public static (OfficialCommitment Commitment, bool Deleted) Parse(JsonElement e, Uri tkBase, IReadOnlyList<string> dossiers)
    {
        ArgumentNullException.ThrowIfNull(tkBase);
        var id = Text(e, "Id") ?? throw new SourceException("a Toezegging in the listing has no Id");
        var activity = One(e, "Activiteit");
        var name = Text(e, "Achternaam") is { } surname
            ? string.Join(' ', new[] { Text(e, "Initialen"), Text(e, "Tussenvoegsel"), surname }.Where(p => !string.IsNullOrWhiteSpace(p)))
            : Text(e, "Naam");
        var by = string.Join(", ", new[] { Text(e, "Functie"), name }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var commitment = new OfficialCommitment
        {
            Id = id,
            Number = Text(e, "Nummer"),
            Text = Text(e, "Tekst") ?? string.Empty,
            Status = Text(e, "Status") ?? "Onbekend",
            By = by.Length > 0 ? by : null,
            Ministry = Text(e, "Ministerie"),
            Created = Day(Text(e, "Aanmaakdatum")),
            Due = Day(Text(e, "DatumNakoming")),
            Activity = Text(e, "ActiviteitNummer") ?? (activity is { } a ? Text(a, "Nummer") : null),
            ActivityId = activity is { } b ? Text(b, "Id") : Text(e, "Activiteit_Id"),
            ActivityDate = activity is { } c ? Day(Text(c, "Datum")) : null,
            ActivityKind = activity is { } d ? Text(d, "Soort") : null,
            ActivitySubject = activity is { } f ? Text(f, "Onderwerp") : null,
            FulfilledBy = Many(e, "KamerbriefNakoming"),
            Dossiers = dossiers,
            Changed = DateTimeOffset.TryParse(Text(e, "GewijzigdOp"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var changed) ? changed : null,
            Url = new Uri(tkBase, $"/OData/v4/2.0/Toezegging({id})").AbsoluteUri,
        };
        return (commitment, e.TryGetProperty("Verwijderd", out var deleted) && deleted.ValueKind == JsonValueKind.True);
    }

    private static DateOnly? Day(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? DateOnly.FromDateTime(at.DateTime) : null;

    // The letters that fulfil it: expanded Documents (their Id), or plain ids where a client reads them as text (FORMATS.md §1b).
    private static IReadOnlyList<string> Many(JsonElement e, string name) =>
        !e.TryGetProperty(name, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : Text(v, "Id")).OfType<string>()]
        : value.ValueKind == JsonValueKind.Object && Text(value, "Id") is { } one ? [one] : [];

    private static JsonElement? One(JsonElement e, string name) =>
        !e.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Array ? (value.GetArrayLength() > 0 ? value[0] : null)
        : value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
