using Mandaat.Dutch;

namespace Mandaat.Extract.Quantities;

/// <summary>The qualifier words the quantity extractors accept before a number; their meaning comes from <see cref="DutchQualifier"/>.</summary>
public static class Qualifiers
{
    /// <summary>A regex fragment for the qualifier words.</summary>
    public const string Words = @"\b(?:tot\s+maximaal|in\s+totaal\s+circa|maximaal|max\.|ten\s+hoogste|hooguit|ongeveer|circa|ca\.?|ruim|bijna|meer\s+dan|zo'n|zo’n|rond)";

    /// <summary>What <see cref="Words"/> can start with, for <see cref="Core.Scanning.AnchoredScan"/>.</summary>
    public static IReadOnlyList<string> Starts { get; } =
        ["tot", "in", "max", "ten", "hooguit", "ongeveer", "circa", "ca", "ruim", "bijna", "meer", "zo", "rond"];

    /// <summary>The qualifier words captured as "qual".</summary>
    public const string Pattern = "(?<qual>" + Words + ")";

    /// <summary>The FORMAT.md value of a matched qualifier word, read by the Dutch grammar.</summary>
    public static string? Normalize(string? word) =>
        string.IsNullOrWhiteSpace(word) ? null : DutchQualifier.Parse(word).GetValueOrDefault(Qualifier.None).ToFormatValue();
}
