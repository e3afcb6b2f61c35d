namespace Mandaat.Dutch;

/// <summary>
/// A hedged number or range as printed: "ca. 100 tot 150" is (100, 150, Circa), "maximaal 250" is
/// (250, null, Maximaal). <see cref="Max"/> is the upper end of a range, else null, as FORMAT.md's
/// <c>max_count</c>.
/// </summary>
public sealed record Quantity(decimal Value, decimal? Max, Qualifier Qualifier)
{
    public bool IsRange => Max is not null;
}
