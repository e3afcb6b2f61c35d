namespace Mandaat.Extract.Quantities;

/// <summary>The qualifiers of FORMAT.md, normalised from the words prose uses before a number.</summary>
public static class Qualifiers
{
    /// <summary>A regex fragment for the qualifier words.</summary>
    public const string Words = @"(?:tot\s+maximaal|in\s+totaal\s+circa|maximaal|max\.|ten\s+hoogste|hooguit|ongeveer|circa|ca\.?|ruim|bijna|meer\s+dan|zo'n|zo’n|rond)";

    /// <summary>The qualifier words captured as "qual".</summary>
    public const string Pattern = "(?<qual>" + Words + ")";

    public static string? Normalize(string? word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return null;
        }

        var w = string.Join(' ', word.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return w switch
        {
            "maximaal" or "max." or "ten hoogste" or "hooguit" or "tot maximaal" => "maximaal",
            "circa" or "ca." or "ca" or "in totaal circa" => "circa",
            "ongeveer" or "zo'n" or "zo’n" or "rond" => "ongeveer",
            "ruim" => "ruim",
            "bijna" => "bijna",
            "meer dan" => "meer dan",
            _ => null,
        };
    }
}
