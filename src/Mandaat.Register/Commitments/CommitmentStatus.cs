namespace Mandaat.Register.Commitments;

/// <summary>The statuses of CLI.md's <c>commitments</c>.</summary>
public static class CommitmentStatus
{
    public const string Open = "open";
    public const string Fulfilled = "fulfilled";

    public static bool IsKnown(string status) => status is Open or Fulfilled;
}
