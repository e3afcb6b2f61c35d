namespace Mandaat.Web.Pages;

/// <summary>
/// The Dutch description of each API route for the reference page. The endpoints' own summaries are English (the
/// OpenAPI document's language, for scripts); a route without a Dutch line here is listed with its method only.
/// </summary>
public static class ApiRouteDescriptions
{
    private static readonly Dictionary<string, string> Dutch = new(StringComparer.Ordinal)
    {
        ["GET /api/documents"] = "De opgeslagen stukken met hun identificatie (soort, dossier, nummer, datum).",
        ["POST /api/documents"] = "Een stuk uploaden (multipart-veld file); vraagt het schrijftoken.",
        ["GET /api/documents/{id}"] = "Eén stuk met tekst, paragrafen, feiten, ondertekenaars en versies; ?version=N een eerdere versie.",
        ["DELETE /api/documents/{id}"] = "Een stuk met alles wat eruit is afgeleid verwijderen; vraagt het schrijftoken.",
        ["GET /api/documents/{id}/facts"] = "De feiten van een stuk, elk met de zin waar het staat.",
        ["GET /api/documents/{id}/check"] = "Het stuk getoetst aan de 23 aspecten van het Toetsingskader.",
        ["GET /api/search"] = "Zoeken in alle stukken, met fragmenten; filters soort, dossier en periode.",
        ["GET /api/missions"] = "De missies waar de stukken over gaan.",
        ["GET /api/missions/{id}"] = "Eén missie met onderdelen, tegenstrijdigheden en tijdlijn.",
        ["GET /api/missions/{id}/timeline"] = "De tijdlijn van één missie, per pagina: besluiten en verslagen in datumvolgorde.",
        ["GET /api/commitments"] = "Toezeggingen aan de Kamer; ?status=open of fulfilled.",
    };

    public static string? For(string method, string pattern) =>
        Dutch.TryGetValue($"{method} {pattern.TrimEnd('/')}", out var text) ? text : null;
}
