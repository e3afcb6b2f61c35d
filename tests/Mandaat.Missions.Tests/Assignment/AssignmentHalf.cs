namespace Mandaat.Missions.Tests.Assignment;

/// <summary>The two halves of the held-out assignment set (docs/MISSIONS.md "Held-out assignment").</summary>
public enum AssignmentHalf
{
    /// <summary>Its misses may be studied to improve the rules generally.</summary>
    Tuning,

    /// <summary>Never studied: the honest measure of documents nobody tuned a rule on.</summary>
    HeldOut,
}
