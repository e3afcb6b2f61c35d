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
}
