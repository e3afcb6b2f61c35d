namespace Mandaat.Dutch;

/// <summary>
/// A date as printed, with the first and last day it can stand for. "mei 2024" is 1–31 May: as the
/// start of a period it means <see cref="Start"/>, as the end <see cref="End"/> (FORMAT.md: a month
/// alone is its first day for a start and its last day for an end). A day, or a month or year
/// narrowed by "begin", "medio" or "eind", has <see cref="Start"/> equal to <see cref="End"/>.
/// </summary>
public sealed record DatePhrase(
    DateOnly Start,
    DateOnly End,
    DatePrecision Precision,
    DateModifier Modifier,
    bool YearFromReference)
{
    /// <summary>True when the phrase names one day.</summary>
    public bool IsDay => Start == End;

    public static DatePhrase Day(DateOnly day, bool yearFromReference = false) =>
        new(day, day, DatePrecision.Day, DateModifier.None, yearFromReference);
}

/// <summary>What a date phrase names: a day, a month, a quarter or half of a year, or a year.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Quarter,
    Half,
    Year,
}

/// <summary>
/// A word that narrows a month or year to one day (FORMAT.md): "begin" and "primo" its first day,
/// "medio", "half", "halverwege" its middle (the 15th, or 1 July for a year), "eind" and "ultimo" its
/// last day.
/// </summary>
public enum DateModifier
{
    None,
    Begin,
    Medio,
    Eind,
}
