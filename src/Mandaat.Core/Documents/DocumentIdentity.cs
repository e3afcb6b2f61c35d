using Mandaat.Core.Text;

namespace Mandaat.Core.Documents;

/// <summary>
/// What the document says about itself in its own header and footer. Fields it does not print
/// stay null: they are never guessed.
/// </summary>
public sealed record DocumentIdentity
{
    public required DocumentKind Kind { get; init; }

    /// <summary>Digits plus a printed suffix such as "-X": "27925", "35570-X".</summary>
    public string? Dossier { get; init; }

    /// <summary>Every dossier the paper prints in its head, <see cref="Dossier"/> first; empty when none is printed.</summary>
    public IReadOnlyList<string> Dossiers { get; init; } = [];

    /// <summary>The number within the dossier as printed ("607", or "D" for Eerste Kamer papers).</summary>
    public string? Number { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>The vergaderjaar, "2016-2017".</summary>
    public string? Session { get; init; }

    /// <summary>The "Betreft" line when printed.</summary>
    public string? Subject { get; init; }

    /// <summary>The printed title of the paper ("BRIEF VAN DE MINISTERS …") when there is one.</summary>
    public string? Title { get; init; }

    public IReadOnlyList<Signatory> Signatories { get; init; } = [];

    /// <summary>Where the evidence for the identification is printed (header line or first sentence).</summary>
    public TextSpan? Evidence { get; init; }

    /// <summary>The stable id of CLI.md for a Kamerstuk ("kst-27925-607"), else null.</summary>
    public string? KamerstukId => Dossier is not null && Number is not null
        ? $"kst-{Dossier}-{Number}"
        : null;
}
