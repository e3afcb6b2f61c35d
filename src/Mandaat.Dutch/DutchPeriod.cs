using System.Text.RegularExpressions;

namespace Mandaat.Dutch;

/// <summary>
/// The period phrases of the genre:
/// <list type="bullet">
/// <item>an end: "tot en met 31 december 2023", "t/m mei 2023", "tot 1 januari 2024", "tot eind 2016", "tot medio 2016";</item>
/// <item>a start: "sinds 30 januari 2017", "vanaf 1 juli 2019", "met ingang van 1 januari", "per 1 maart 2020";</item>
/// <item>both: "van mei 2024 tot en met mei 2025", "oktober 2020 tot 30 september 2021", "van 1 tot en met 15 mei 2024";</item>
/// <item>a stated duration: "voor de duur van maximaal een jaar", "twaalf maanden", "zes weken";</item>
/// <item>a half or quarter: "in de tweede helft van 2017".</item>
/// </list>
/// Every end is the last day its phrase can mean ("tot" and "tot en met" alike: FORMAT.md records the
/// printed date, not an exclusive bound). A range of bare years ("in de periode 2020–2022", "van
/// 2019 tot 2023") is refused: FORMAT.md does not count it as a period. A single date or month
/// without "sinds", "tot" and the like is a date, not a period, and is refused too.
/// </summary>
public static partial class DutchPeriod
{
    public static ParseResult<Period> Parse(string? text, DateOnly? reference = null)
    {
        var cleaned = Frame().Replace(Phrase.Clean(text).Trim('(', ')', ',', '.', ' '), string.Empty);
        if (cleaned.Length == 0)
        {
            return ParseResult<Period>.ForError("empty period");
        }

        if (BareYears().IsMatch(cleaned))
        {
            return ParseResult<Period>.ForError($"'{text}': a range of bare years is not a period");
        }

        var duration = DutchDuration.Parse(cleaned);
        if (duration.Success)
        {
            return ParseResult<Period>.ForValue(new Period(null, null, duration.Value));
        }

        var both = Both().Match(cleaned);
        if (both.Success)
        {
            return ReadBoth(text, both.Groups["from"].Value, both.Groups["to"].Value, reference);
        }

        var until = Until().Match(cleaned);
        if (until.Success)
        {
            return DutchDate.Parse(until.Groups["to"].Value, reference)
                .Select(to => new Period(null, to.End, null));
        }

        var since = Since().Match(cleaned);
        if (since.Success)
        {
            return DutchDate.Parse(since.Groups["from"].Value, reference)
                .Select(from => new Period(from.Start, null, null));
        }

        // "in de tweede helft van 2017": a half or quarter of a year names a period by itself.
        var part = DutchDate.Parse(cleaned.StartsWith("in ", StringComparison.Ordinal) ? cleaned[3..] : cleaned, reference);
        return part.Success && part.Value.Precision is DatePrecision.Half or DatePrecision.Quarter
            ? ParseResult<Period>.ForValue(new Period(part.Value.Start, part.Value.End, null))
            : ParseResult<Period>.ForError($"'{text}' is not a period");
    }

    private static ParseResult<Period> ReadBoth(string? text, string fromText, string toText, DateOnly? reference)
    {
        var to = DutchDate.Parse(toText, reference);
        if (!to.Success)
        {
            return ParseResult<Period>.ForError($"'{text}': {to.Error}");
        }

        if (YearOnly().IsMatch(fromText) && to.Value.Precision == DatePrecision.Year && to.Value.Modifier == DateModifier.None)
        {
            return ParseResult<Period>.ForError($"'{text}': a range of bare years is not a period");
        }

        // A start that is not a date the grammar knows ("najaar 2020") leaves the start open but
        // keeps the end, which is what the phrase states with certainty.
        var from = ReadStart(fromText, to.Value, reference);
        return ParseResult<Period>.ForValue(new Period(from?.Start, to.Value.End, null));
    }

    /// <summary>
    /// The start of a range, borrowing what Dutch leaves off it from the end: "van 1 tot en met
    /// 15 mei 2024" takes month and year, "van mei tot en met juli 2024" the year.
    /// </summary>
    private static DatePhrase? ReadStart(string fromText, DatePhrase to, DateOnly? reference)
    {
        var year = to.End.Year;
        string? borrowed = null;
        if (DayOnly().IsMatch(fromText))
        {
            borrowed = $"{fromText} {DutchMonths.Name(to.End.Month)} {year}";
        }
        else if (!HasYear().IsMatch(fromText) && !Relative().IsMatch(fromText))
        {
            borrowed = $"{fromText} {year}";
        }

        if (borrowed is null)
        {
            return DutchDate.Parse(fromText, reference).GetValueOrDefault();
        }

        var from = DutchDate.Parse(borrowed).GetValueOrDefault();
        if (from is not null && from.Start > to.End)
        {
            // "van 1 december tot en met 31 januari 2024": the start lies in the year before.
            from = DutchDate.Parse($"{fromText} {year - 1}").GetValueOrDefault();
        }

        return from;
    }

    [GeneratedRegex(@"^(?:(?:in|gedurende|voor) )?(?:de )?periode (?:van )?", RegexOptions.CultureInvariant)]
    private static partial Regex Frame();

    [GeneratedRegex(@"^(?:van |vanaf |tussen )?\d{4} ?(?:-|tot en met|t/m|tot|en) ?\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareYears();

    [GeneratedRegex(@"^(?:(?:van|vanaf|sinds|met ingang van) )?(?<from>.+?) (?:tot en met|t/m|tot|-) (?:(?:in ieder geval|uiterlijk|ten minste|aan) )?(?<to>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Both();

    [GeneratedRegex(@"^(?:tot en met|t/m|tot|uiterlijk tot|tot aan)(?: (?:in ieder geval|uiterlijk|ten minste|aan))? (?<to>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Until();

    [GeneratedRegex(@"^(?:sinds|vanaf|met ingang van|m\.i\.v\.|per) (?<from>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Since();

    [GeneratedRegex(@"^(?:van |vanaf )?\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^\d{1,2}(?:e|ste|de)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOnly();

    [GeneratedRegex(@"\b\d{4}\b|jaar$", RegexOptions.CultureInvariant)]
    private static partial Regex HasYear();

    [GeneratedRegex(@"\b(?:a\.?s\.?|aanstaande|j\.?l\.?|jongstleden)$", RegexOptions.CultureInvariant)]
    private static partial Regex Relative();
}
