namespace Mandaat.Dutch;

/// <summary>What a date phrase names: a day, a month, a quarter or half of a year, or a year.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Quarter,
    Half,
    Year,
}
