namespace Mandaat.Web.Api;

/// <summary>
/// The stable <c>type</c> of every problem the API and the feeds answer with (RFC 9457): programs branch on it
/// and on <c>status</c>, people read the Dutch <c>title</c> and <c>detail</c>. Changing one breaks scripts (CLI.md).
/// </summary>
public static class ProblemTypes
{
    private const string Prefix = "urn:mandaat:problem:";

    public const string InvalidParameter = Prefix + "invalid-parameter";
    public const string NotFound = Prefix + "not-found";
    public const string Unauthorized = Prefix + "unauthorized";
    public const string WritesDisabled = Prefix + "writes-disabled";
    public const string MethodNotAllowed = Prefix + "method-not-allowed";
    public const string TooLarge = Prefix + "too-large";
    public const string UnsupportedType = Prefix + "unsupported-type";
    public const string Unreadable = Prefix + "unreadable";
    public const string TooManyRequests = Prefix + "too-many-requests";
    public const string ServerError = Prefix + "server-error";
    public const string Other = Prefix + "other";

    /// <summary>The type and Dutch title of a status that no handler described further (an unknown route, a rejected request).</summary>
    public static (string Type, string Title) ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => (InvalidParameter, "Ongeldig verzoek"),
        StatusCodes.Status401Unauthorized => (Unauthorized, "Niet gemachtigd"),
        StatusCodes.Status403Forbidden => (WritesDisabled, "Schrijven is uitgeschakeld"),
        StatusCodes.Status404NotFound => (NotFound, "Niet gevonden"),
        StatusCodes.Status405MethodNotAllowed => (MethodNotAllowed, "Methode niet toegestaan"),
        StatusCodes.Status413PayloadTooLarge => (TooLarge, "Bestand te groot"),
        StatusCodes.Status415UnsupportedMediaType => (UnsupportedType, "Bestandstype niet ondersteund"),
        StatusCodes.Status422UnprocessableEntity => (Unreadable, "Document niet leesbaar"),
        StatusCodes.Status429TooManyRequests => (TooManyRequests, "Te veel verzoeken"),
        >= 500 => (ServerError, "Serverfout"),
        _ => (Other, "Verzoek niet uitgevoerd"),
    };

    /// <summary>The Dutch detail of a status that no handler described further.</summary>
    public static string DetailFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Het verzoek is niet geldig; controleer de parameters.",
        StatusCodes.Status401Unauthorized => "Voor schrijven is een geldige kop 'Authorization: Bearer <token>' nodig.",
        StatusCodes.Status404NotFound => "Dit adres bestaat niet; /openapi/v1.json beschrijft de routes van de API.",
        StatusCodes.Status405MethodNotAllowed => "Deze route kent deze HTTP-methode niet; /openapi/v1.json beschrijft welke wel.",
        StatusCodes.Status413PayloadTooLarge => "Het verzoek is groter dan de server aanneemt.",
        StatusCodes.Status429TooManyRequests => "U hebt in korte tijd te veel zoekopdrachten gedaan; probeer het na de tijd in de kop Retry-After opnieuw.",
        >= 500 => "Er ging op de server iets mis; probeer het later opnieuw.",
        _ => "Het verzoek kon niet worden uitgevoerd.",
    };
}
