using System.Globalization;
using System.Text.Json;

namespace Mandaat.Import;

/// <summary>
/// One Document entity of the Gegevensmagazijn's OData (FORMATS.md §1a) with what the importer needs: its ids, the
/// metadata stored as official, and what tells a new publication from one already stored.
/// </summary>
public sealed record TkDocument(
    string Id,
    string? Soort,
    string? DocumentNummer,
    string? Onderwerp,
    string? Titel,
    DateOnly? Datum,
    string? Vergaderjaar,
    int? Volgnummer,
    string? ContentType,
    string? Dossier,
    string? DossierTitle,
    string Revision,
    int? Version,
    string? ExternalId,
    bool Deleted)
{
    /// <summary>The Gegevensmagazijn id of the paper's dossier: how a SyncFeed entry names it.</summary>
    public string? DossierId { get; init; }

    /// <summary>The Kamerstuk id (kst-29521-349) when the paper has a dossier and a number in it.</summary>
    public string? KamerstukId => ExternalId is { } e && e.StartsWith("kst-", StringComparison.Ordinal)
        ? e
        : Dossier is not null && Volgnummer is > 0 ? $"kst-{Dossier}-{Volgnummer}" : null;

    /// <summary>The file's extension from its content type, so the right reader opens it.</summary>
    public string Extension => ContentType?.ToLowerInvariant() switch
    {
        "application/pdf" => ".pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ".docx",
        "application/msword" => ".doc",
        "text/html" => ".html",
        "text/xml" or "application/xml" => ".xml",
        "text/plain" => ".txt",
        _ => ".pdf",
    };

    /// <summary>Reads one entity; throws <see cref="SourceException"/> when it lacks an Id.</summary>
    public static TkDocument Parse(JsonElement e)
    {
        var id = Text(e, "Id") ?? throw new SourceException("a Document in the listing has no Id");
        var dossier = DossierOf(e);
        var current = One(e, "HuidigeDocumentVersie");
        return new TkDocument(
            id,
            Text(e, "Soort"),
            Text(e, "DocumentNummer"),
            Text(e, "Onderwerp"),
            Text(e, "Titel"),
            Text(e, "Datum") is { } datum && DateTimeOffset.TryParse(datum, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? DateOnly.FromDateTime(at.DateTime) : null,
            Text(e, "Vergaderjaar"),
            e.TryGetProperty(nameof(Volgnummer), out var volgnummer) && volgnummer.ValueKind == JsonValueKind.Number ? volgnummer.GetInt32() : null,
            Text(e, "ContentType"),
            dossier?.Number,
            dossier?.Title,
            // A new DocumentVersie is a new publication (a corrected text); without one the change time stands in.
            Text(e, "HuidigeDocumentVersie_Id") ?? Text(e, "GewijzigdOp") ?? id,
            current is { } v && v.TryGetProperty("Versienummer", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : null,
            current is { } w ? Text(w, "ExterneIdentifier") : null,
            e.TryGetProperty("Verwijderd", out var deleted) && deleted.ValueKind == JsonValueKind.True)
        {
            DossierId = One(e, "Kamerstukdossier") is { } d ? Text(d, "Id") : null,
        };
    }

    private static (string Number, string? Title)? DossierOf(JsonElement e)
    {
        if (One(e, "Kamerstukdossier") is not { } d || !d.TryGetProperty("Nummer", out var nummer) || nummer.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        var suffix = Text(d, "Toevoeging");
        return (string.IsNullOrWhiteSpace(suffix) ? nummer.GetInt32().ToString(CultureInfo.InvariantCulture) : $"{nummer.GetInt32()}-{suffix.Trim()}", Text(d, "Titel"));
    }

    // Navigation properties arrive as collections even when logically single (FORMATS.md §1a), or as an object.
    private static JsonElement? One(JsonElement e, string name) =>
        !e.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Array ? (value.GetArrayLength() > 0 ? value[0] : null)
        : value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
