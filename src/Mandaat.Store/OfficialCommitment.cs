namespace Mandaat.Store;

/// <summary>
/// A commitment as the Tweede Kamer registers it (the Gegevensmagazijn's Toezegging, FORMATS.md §1a): its text, who
/// made it, the debate (Activiteit) it was made in, its official status and the letters that fulfil it
/// (KamerbriefNakoming). Stored beside what Mandaat reads in the papers, so both can be shown side by side.
/// </summary>
public sealed record OfficialCommitment
{
    /// <summary>The Toezegging's Gegevensmagazijn id.</summary>
    public required string Id { get; init; }

    /// <summary>The register's number ("TZ202310-094").</summary>
    public string? Number { get; init; }

    public required string Text { get; init; }

    /// <summary>The register's status as it gives it: Openstaand, Voldaan, Deels voldaan, Vervallen, Afgedaan, Deels afgedaan.</summary>
    public required string Status { get; init; }

    /// <summary>Who made it: office and name ("Minister van Defensie, K.H. Ollongren").</summary>
    public string? By { get; init; }

    public string? Ministry { get; init; }

    public DateOnly? Created { get; init; }

    /// <summary>When it is due (DatumNakoming).</summary>
    public DateOnly? Due { get; init; }

    /// <summary>The debate it was made in: its number ("2023A05713"), id, date, kind and subject.</summary>
    public string? Activity { get; init; }

    public string? ActivityId { get; init; }

    public DateOnly? ActivityDate { get; init; }

    public string? ActivityKind { get; init; }

    public string? ActivitySubject { get; init; }

    /// <summary>The Gegevensmagazijn Document ids of the letters that fulfil it.</summary>
    public IReadOnlyList<string> FulfilledBy { get; init; } = [];

    /// <summary>The dossiers of the import selection it came with (29521): how it is tied to a mission.</summary>
    public IReadOnlyList<string> Dossiers { get; init; } = [];

    /// <summary>When the register last changed it (GewijzigdOp).</summary>
    public DateTimeOffset? Changed { get; init; }

    /// <summary>The official address of the debate in which it was made.</summary>
    public string? Url { get; init; }

    /// <summary>The register counts it as kept: Voldaan or Afgedaan (not the partial ones).</summary>
    public bool Kept => Status.Trim().ToLowerInvariant() is "voldaan" or "afgedaan";
}
