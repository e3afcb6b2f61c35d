using System.Text.RegularExpressions;

namespace Mandaat.Web.Pages;

/// <summary>
/// An upload's refusal in Dutch. The API and the pipeline word their reasons in English for scripts and logs;
/// people on the upload page read what happened and what to do, by the answer's status and the reason's kind.
/// </summary>
public static partial class UploadErrors
{
    public static string Dutch(string? error, int status, int limitMegabytes) => status switch
    {
        StatusCodes.Status400BadRequest => "Kies een bestand om te uploaden.",
        StatusCodes.Status413PayloadTooLarge => $"Het bestand is groter dan {limitMegabytes} MB.",
        StatusCodes.Status415UnsupportedMediaType => "Mandaat leest alleen bestanden met .txt, .pdf, .xml, .html of .docx.",
        _ => "Het document kon niet worden gelezen: " + Reason(error ?? string.Empty),
    };

    private static string Reason(string error)
    {
        if (Limit().Match(error) is { Success: true } limit)
        {
            return $"het bestand gaat over een grens ({limit.Value}). Een beheerder kan die grens hoger zetten.";
        }

        if (error.Contains("not a document", StringComparison.Ordinal))
        {
            return "het bevat geen leesbare tekst (binaire inhoud, nauwelijks letters of geen zinnen).";
        }

        if (error.Contains(".doc", StringComparison.Ordinal) && error.Contains("not supported", StringComparison.Ordinal))
        {
            return "het oude Word-formaat (.doc) wordt niet gelezen; sla het op als .docx of .pdf.";
        }

        if (error.Contains("password", StringComparison.OrdinalIgnoreCase) || error.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
        {
            return "het bestand is beveiligd met een wachtwoord.";
        }

        return "het bestand is beschadigd of heeft een vorm die Mandaat niet kent.";
    }

    [GeneratedRegex("MANDAAT_MAX_[A-Z_]+=[0-9]+")]
    private static partial Regex Limit();
}
