namespace Mandaat.Dutch;

/// <summary>
/// The period of a deployment, contribution or mandate as FORMAT.md records it: a start, an end, or a
/// stated <see cref="Duration"/>. Any of them may be missing; "sinds 30 januari 2017" has only a start.
/// </summary>
public sealed record Period(DateOnly? Start, DateOnly? End, Duration? Duration)
{
    /// <summary>FORMAT.md's <c>months</c>: the stated duration in months, else null.</summary>
    public int? Months => Duration?.Months;

    /// <summary>FORMAT.md's <c>days</c>: the stated duration in days (weeks × 7), else null.</summary>
    public int? Days => Duration?.Days;
}
