using System.Globalization;
using System.Text.RegularExpressions;

namespace Mandaat.Dutch;

/// <summary>
/// Dates as Dutch letters print them: "10 september 2014", "woensdag 10 sept. 2014",
/// "1 december a.s.", "9 september jl.", "medio februari", "half mei", "medio 2016", "begin 2017",
/// "eind 2016", "eind dit jaar", "mei 2024", "de tweede helft van 2017", "het derde kwartaal van
/// 2018", "2022-10-28", "28-10-2022". A phrase without its year takes it from the reference date
/// (the letter's own date); "a.s." (aanstaande) means the next such day on or after the reference
/// and "jl." (jongstleden) the last one on or before it, so "9 januari jl." in a letter of
/// 10 January 2015 is 2015 but "20 december jl." is 2014.
/// </summary>
public static partial class DutchDate
{
    public static ParseResult<DatePhrase> Parse(string? text, DateOnly? reference = null)
    {
        var cleaned = Phrase.Clean(text);
        if (cleaned.Length == 0)
        {
            return ParseResult<DatePhrase>.ForError("empty date");
        }

        var numeric = Numeric().Match(cleaned);
        if (numeric.Success)
        {
            return FromNumbers(text, numeric);
        }

        var named = Named().Match(cleaned);
        if (named.Success)
        {
            return FromNamedMonth(text, named, reference);
        }

        var part = PartOfYear().Match(cleaned);
        if (part.Success)
        {
            return FromPartOfYear(text, part, reference);
        }

        var year = YearOnly().Match(cleaned);
        return year.Success
            ? FromYear(text, year, reference)
            : ParseResult<DatePhrase>.ForError($"'{text}' is not a Dutch date");
    }

    private static ParseResult<DatePhrase> FromNumbers(string? text, Match match)
    {
        var iso = match.Groups["iy"].Success;
        var year = Int(match.Groups[iso ? "iy" : "y"]);
        var month = Int(match.Groups[iso ? "im" : "m"]);
        var day = Int(match.Groups[iso ? "id" : "d"]);
        return MakeDay(year, month, day) is { } date
            ? ParseResult<DatePhrase>.ForValue(DatePhrase.Day(date))
            : ParseResult<DatePhrase>.ForError($"'{text}' is not a day of the calendar");
    }

    private static ParseResult<DatePhrase> FromNamedMonth(string? text, Match match, DateOnly? reference)
    {
        var month = DutchMonths.Parse(match.Groups["month"].Value)!.Value;
        var modifier = Modifier(match.Groups["mod"].Value);
        var hasDay = match.Groups["day"].Success;
        if (hasDay && modifier != DateModifier.None)
        {
            return ParseResult<DatePhrase>.ForError($"'{text}': 'begin', 'medio' or 'eind' before a day");
        }

        var year = ResolveYear(match, reference, out var fromReference);
        if (year is null)
        {
            return ParseResult<DatePhrase>.ForError($"'{text}' has no year and no reference date was given");
        }

        var relative = match.Groups["rel"].Value;
        var phrase = MonthPhrase(year.Value, month, hasDay ? Int(match.Groups["day"]) : null, modifier, fromReference);
        if (phrase is null)
        {
            return ParseResult<DatePhrase>.ForError($"'{text}' is not a day of the calendar");
        }

        // "a.s." looks forward and "jl." back from the letter's date, across a new year if need be.
        if (relative.Length > 0 && reference is { } day)
        {
            var forward = relative.StartsWith('a');
            if (forward && phrase.End < day)
            {
                phrase = MonthPhrase(year.Value + 1, month, hasDay ? Int(match.Groups["day"]) : null, modifier, true);
            }
            else if (!forward && phrase.Start > day)
            {
                phrase = MonthPhrase(year.Value - 1, month, hasDay ? Int(match.Groups["day"]) : null, modifier, true);
            }
        }

        return phrase is null
            ? ParseResult<DatePhrase>.ForError($"'{text}' is not a day of the calendar")
            : ParseResult<DatePhrase>.ForValue(phrase);
    }

    private static ParseResult<DatePhrase> FromPartOfYear(string? text, Match match, DateOnly? reference)
    {
        var year = ResolveYear(match, reference, out var fromReference);
        if (year is null)
        {
            return ParseResult<DatePhrase>.ForError($"'{text}' has no year and no reference date was given");
        }

        var ordinal = match.Groups["ord"].Value switch
        {
            "eerste" => 1,
            "tweede" => 2,
            "derde" => 3,
            _ => 4,
        };
        var half = match.Groups["part"].Value == "helft";
        if (half && ordinal > 2)
        {
            return ParseResult<DatePhrase>.ForError($"'{text}': a year has two halves");
        }

        var months = half ? 6 : 3;
        var start = new DateOnly(year.Value, ((ordinal - 1) * months) + 1, 1);
        var end = start.AddMonths(months).AddDays(-1);
        var precision = half ? DatePrecision.Half : DatePrecision.Quarter;
        return ParseResult<DatePhrase>.ForValue(new DatePhrase(start, end, precision, DateModifier.None, fromReference));
    }

    private static ParseResult<DatePhrase> FromYear(string? text, Match match, DateOnly? reference)
    {
        var year = ResolveYear(match, reference, out var fromReference);
        if (year is null)
        {
            return ParseResult<DatePhrase>.ForError($"'{text}' names a year relative to a reference date that was not given");
        }

        var first = new DateOnly(year.Value, 1, 1);
        var last = new DateOnly(year.Value, 12, 31);
        var modifier = Modifier(match.Groups["mod"].Value);
        var phrase = modifier switch
        {
            DateModifier.Begin => new DatePhrase(first, first, DatePrecision.Year, modifier, fromReference),
            DateModifier.Medio => new DatePhrase(new(year.Value, 7, 1), new(year.Value, 7, 1), DatePrecision.Year, modifier, fromReference),
            DateModifier.Eind => new DatePhrase(last, last, DatePrecision.Year, modifier, fromReference),
            _ => new DatePhrase(first, last, DatePrecision.Year, modifier, fromReference),
        };
        return ParseResult<DatePhrase>.ForValue(phrase);
    }

    private static DatePhrase? MonthPhrase(int year, int month, int? day, DateModifier modifier, bool fromReference)
    {
        if (day is { } d)
        {
            return MakeDay(year, month, d) is { } date ? DatePhrase.Day(date, fromReference) : null;
        }

        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return modifier switch
        {
            DateModifier.Begin => new DatePhrase(first, first, DatePrecision.Month, modifier, fromReference),
            DateModifier.Medio => new DatePhrase(first.AddDays(14), first.AddDays(14), DatePrecision.Month, modifier, fromReference),
            DateModifier.Eind => new DatePhrase(last, last, DatePrecision.Month, modifier, fromReference),
            _ => new DatePhrase(first, last, DatePrecision.Month, modifier, fromReference),
        };
    }

    /// <summary>The printed year, else one relative to the reference ("dit jaar", "a.s.", none at all).</summary>
    private static int? ResolveYear(Match match, DateOnly? reference, out bool fromReference)
    {
        fromReference = false;
        int year;
        if (match.Groups["year"].Success)
        {
            year = Int(match.Groups["year"]);
        }
        else if (reference is null)
        {
            return null;
        }
        else
        {
            fromReference = true;
            year = reference.Value.Year + match.Groups["relyear"].Value switch
            {
                "volgend" or "komend" => 1,
                "vorig" => -1,
                _ => 0,
            };
        }

        // Four digits are not always a year ("0000", "9999" in a table); the calendar arithmetic
        // around them must not overflow, so only plausible years are dates.
        return year is >= MinYear and <= MaxYear ? year : null;
    }

    private const int MinYear = 1000;

    private const int MaxYear = 9000;

    private static DateModifier Modifier(string word) => word switch
    {
        "begin" or "primo" or "begin van" => DateModifier.Begin,
        "medio" or "half" or "halverwege" or "midden" => DateModifier.Medio,
        "eind" or "einde" or "eind van" or "ultimo" => DateModifier.Eind,
        _ => DateModifier.None,
    };

    private static DateOnly? MakeDay(int year, int month, int day) =>
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private const string Weekday = @"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) )?";

    private const string Modifiers = @"(?:(?:het )?(?<mod>begin|primo|medio|half|halverwege|midden|eind|einde|ultimo)(?: van)? )?";

    private const string RelativeYear = @"(?:van )?(?<relyear>dit|volgend|vorig|komend) jaar";

    [GeneratedRegex(@"^(?:(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})|(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<y>\d{4}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex("^" + Weekday + Modifiers + @"(?:(?<day>\d{1,2})(?:e|ste|de)? )?(?<month>" + DutchMonths.Pattern + @")(?: (?<year>\d{4})| (?<rel>a\.?s\.?|aanstaande|j\.?l\.?|jongstleden)| " + RelativeYear + ")?$", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    [GeneratedRegex(@"^(?:de |het )?(?<ord>eerste|tweede|derde|vierde) (?<part>helft|kwartaal) (?:van )?(?:het jaar )?(?:(?<year>\d{4})|" + RelativeYear + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfYear();

    [GeneratedRegex("^" + Modifiers + @"(?:het jaar )?(?:(?<year>\d{4})|" + RelativeYear + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();
}
