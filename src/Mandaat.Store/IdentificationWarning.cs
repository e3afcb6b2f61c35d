namespace Mandaat.Store;

/// <summary>
/// What a reader must know about how a stored document was identified. A text that prints no head of its
/// own (no dossier, number or date: a pasted passage, a page without its letterhead) keeps those fields empty
/// rather than borrowing them from the papers it cites; the warning says so wherever the document is shown.
/// </summary>
public sealed record IdentificationWarning(string Code, string Message, string Dutch)
{
    public static IdentificationWarning NoHead { get; } = new(
        "no-head",
        "The text prints no dossier, number or date of its own; they are left empty rather than guessed from the papers it cites.",
        "Deze tekst noemt geen eigen dossier, nummer of datum; die zijn leeg gelaten in plaats van geraden uit de stukken die hij aanhaalt.");

    public static IReadOnlyList<IdentificationWarning> For(DocumentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary is { Dossier: null, Number: null, Date: null } ? [NoHead] : [];
    }

    /// <summary>
    /// A stored document's warnings: a missing head when no official source identified it, and every field where
    /// the official source's metadata (which the document carries) and the text's own identification disagree.
    /// </summary>
    public static IReadOnlyList<IdentificationWarning> For(DocumentDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        return detail.Official is { } official ? OfficialDisagreements(official) : For(detail.Summary);
    }

    /// <summary>The fields the source and the text both give and give differently; a field the text does not print is no disagreement.</summary>
    public static IReadOnlyList<IdentificationWarning> OfficialDisagreements(OfficialRecord official)
    {
        ArgumentNullException.ThrowIfNull(official);
        if (official.Text is not { } text)
        {
            return [];
        }

        var warnings = new List<IdentificationWarning>();
        Compare("dossier", "het dossier", official.Dossier, text.Dossier);
        Compare("number", "het nummer", official.Number, text.Number);
        Compare("date", "de datum", official.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return warnings;

        void Compare(string field, string dutch, string? stated, string? printed)
        {
            if (stated is not null && printed is not null && !string.Equals(stated, printed, StringComparison.OrdinalIgnoreCase))
            {
                warnings.Add(new(
                    $"official-{field}",
                    $"The official record ({official.Source}) gives {field} {stated}, the text prints {printed}; the official {field} is used.",
                    $"De officiële gegevens ({official.Source}) noemen als {dutch} {stated}, de tekst zelf {printed}; de officiële waarde is gebruikt."));
            }
        }
    }
}
