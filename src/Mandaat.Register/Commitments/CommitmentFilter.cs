namespace Mandaat.Register.Commitments;

/// <summary>
/// Which commitments to list; null means any. <see cref="Mission"/> is a catalogue id; the dates
/// bound <c>made</c> (else the document's date), inclusive.
/// </summary>
public sealed record CommitmentFilter(string? Status = null, string? Mission = null, DateOnly? From = null, DateOnly? To = null)
{
    public static CommitmentFilter None { get; } = new();

    public bool Accepts(TrackedCommitment commitment)
    {
        var when = commitment.Made ?? commitment.DocumentDate;
        return (Status is null || commitment.Status == Status)
            && (Mission is null || commitment.Missions.Contains(Mission))
            && (From is null || (when is not null && when >= From))
            && (To is null || (when is not null && when <= To));
    }
}
