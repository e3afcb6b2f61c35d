namespace Mandaat.Dutch;

/// <summary>
/// A stated length of time: "maximaal een jaar" is (1, null, Year, Maximaal). FORMAT.md counts
/// years in months and weeks in days, which <see cref="Months"/> and <see cref="Days"/> give.
/// </summary>
public sealed record Duration(decimal Value, decimal? Max, DurationUnit Unit, Qualifier Qualifier)
{
    /// <summary>The length in whole months for years and months ("anderhalf jaar" → 18), else null.</summary>
    public int? Months => InMonths(Value);

    /// <summary>The length in days for weeks and days ("zes weken" → 42), else null.</summary>
    public int? Days => InDays(Value);

    /// <summary>The upper end of "zes tot twaalf maanden" in months, else null.</summary>
    public int? MaxMonths => Max is { } max ? InMonths(max) : null;

    public int? MaxDays => Max is { } max ? InDays(max) : null;

    private int? InMonths(decimal value) => Unit switch
    {
        DurationUnit.Year => Whole(value * 12),
        DurationUnit.Month => Whole(value),
        _ => null,
    };

    private int? InDays(decimal value) => Unit switch
    {
        DurationUnit.Week => Whole(value * 7),
        DurationUnit.Day => Whole(value),
        _ => null,
    };

    private static int? Whole(decimal value) => decimal.Truncate(value) == value && value <= int.MaxValue ? (int)value : null;
}

public enum DurationUnit
{
    Day,
    Week,
    Month,
    Year,
}
