using System.Text.RegularExpressions;

namespace Mandaat.Extract.Quantities;

/// <summary>
/// The period phrases <see cref="PeriodExtractor"/> scans for, each behind \G so it is tried only where
/// the scan puts it. A match names its dates "from" and "to", or its stated duration "n" and "unit" (with
/// the "duration" group, and "extension" when the duration extends something that may not be a deployment).
/// </summary>
public static partial class PeriodPatterns
{
    /// <summary>The words every pattern starts with ("vanaf" starts with "van", "tot en met" with "tot"), digits included.</summary>
    public static IReadOnlyList<string> Starts { get; } =
    [
        "(", "van", "periode", "tussen", "tot", "t/m", "uiterlijk", "sinds", "met", "in", "voor", "een", "begrensd", "missieduur",
        "looptijd", "inzetduur", "duur", "maximale", "termijn", "verleng", "gedurende", "loopt", "liep", "eindig", "beëindiging",
        "op", "na", "begon", "startte", .. QuantityPatterns.NumberStarts,
    ];

    private const string Units = @"(?<unit>jaren|jaar|maanden|maand|weken|week|dagen|dag)\b";

    private const string Amount = @"(?:in\s+totaal\s+)?(?:" + Qualifiers.Words + @"\s+)?(?<n>" + QuantityPatterns.Number + @")\s+" + Units;

    /// <summary>The alternatives in the order they are tried at one position.</summary>
    public static IReadOnlyList<Regex> All { get; } =
        [FromTo(), Between(), DayRange(), Until(), Since(), EndsOn(), EndsAfter(), Began(), HalfYear(), ForDuration(), ExtendedBy(), Lasted()];

    // "van medio februari tot eind juni 2010", "(1 april tot 1 oktober 2011)".
    [GeneratedRegex(
        @"\G(?:(?:\b(?:van|vanaf|periode)\s+|\()(?<from>" + DatePhrases.Start + @")\s+(?:tot\s+en\s+met|t/m|tot)\s+(?:(?:in\s+ieder\s+geval|uiterlijk)\s+)?(?<to>" + DatePhrases.End + @"))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex FromTo();

    // "tussen medio maart 2009 en medio juli 2009"; two bare years are no dates here, so no period.
    [GeneratedRegex(
        @"\G\btussen\s+(?<from>" + DatePhrases.Start + @")\s+en\s+(?<to>" + DatePhrases.Pattern + @")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Between();

    // "13 augustus – 18 december 2009": a dash joins two days only, so "2009-2010" stays a bare year range.
    [GeneratedRegex(
        @"\G(?<![\p{L}\p{N}])(?<from>\d{1,2}\s+" + DatePhrases.MonthPattern + @"(?:\s+\d{4})?)\s*[–-]\s*(?<to>\d{1,2}\s+" + DatePhrases.MonthPattern + @"\s+\d{4})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex DayRange();

    [GeneratedRegex(
        @"\G\b(?:tot\s+en\s+met|t/m|tot(?:\s+in\s+ieder\s+geval)?|uiterlijk\s+tot)\s+(?<to>" + DatePhrases.End + @")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Until();

    // "sinds 30 januari 2017"; "na 1 april a.s. te verlengen": an extension starts where the deployment stood.
    [GeneratedRegex(
        @"\G\b(?:(?:sinds|vanaf|met\s+ingang\s+van)\s+(?<from>" + DatePhrases.Pattern + @")|na\s+(?<from>" + DatePhrases.Pattern + @")(?=\s+(?:te\s+)?verleng))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Since();

    // An end told by its verb: "loopt eind 2016 af", "eindigt op 1 augustus 2010", "de beëindiging op 31 december 2018".
    [GeneratedRegex(
        @"\G\b(?:(?:loopt|liep)\s+(?:(?:dan|nog|naar\s+verwachting|in\s+(?:ieder|elk)\s+geval)\s+)?(?:op\s+)?(?<to>" + DatePhrases.Pattern + @")\s+af\b|" +
        @"(?:eindigt|eindigde|beëindiging)\s+(?:(?:naar\s+verwachting|in\s+(?:ieder|elk)\s+geval)\s+)?(?:op|per)\s+(?<to>" + DatePhrases.Pattern + @"))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex EndsOn();

    // The date before its verb: "die op 31 augustus 2007 zou aflopen", "op 31 december 2004 te beëindigen", "Op 1 augustus 2010 eindigt".
    [GeneratedRegex(
        @"\G\bop\s+(?<to>" + DatePhrases.Pattern + @")\s+(?:(?:te|zou|zal|zullen|wordt|werd)\s+)?(?:aflopen|afloopt|af\s+te\s+lopen|eindigen|eindigt|eindigde|beëindigen|beëindigd)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex EndsAfter();

    // "die begon in augustus 2006": the start of a deployment told by its verb.
    [GeneratedRegex(
        @"\G\b(?:begon|startte)\s+(?:op|in)\s+(?<from>" + DatePhrases.Pattern + @")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Began();

    [GeneratedRegex(
        @"\G\bin\s+de\s+(?<half>eerste|tweede)\s+helft\s+van\s+(?<year>\d{4})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex HalfYear();

    // A duration after the word that frames it: "voor de duur van", "een termijn van", "gedurende",
    // "verlenging van", "verlengde … met" (up to six words between the verb and "met").
    [GeneratedRegex(
        @"\G\b(?<duration>voor\s+de\s+duur\s+van|(?:een\s+)?periode\s+van|(?:een\s+)?(?:maximale\s+)?termijn\s+van|begrensd\s+op|missieduur\s+van|looptijd\s+van|inzetduur\s+van|duur\s+van|" +
        @"gedurende(?:\s+\p{L}+\s+periodes?\s+van)?|(?<extension>verlenging\s+van|verleng\p{L}*\s+(?:(?!(?:met|van|tot|sinds|vanaf)\b)[\p{L}\-]+\s+){0,6}?met(?:\s+nog(?:\s+eens)?)?))\s+" + Amount,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ForDuration();

    // "met nog eens zes maanden te verlengen", "met een jaar verlengd".
    [GeneratedRegex(
        @"\G\bmet\s+(?:nog\s+(?:eens\s+)?)?" + Amount + @"\s+(?:te\s+)?(?<duration>(?<extension>verleng\p{L}*))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ExtendedBy();

    // A duration that has run or is running: "Deze hebben 78 dagen geduurd", "die al meer dan zeven jaar duurt".
    // A future estimate ("zal zes tot twaalf maanden duren") is no stated period.
    [GeneratedRegex(
        @"\G(?<n>" + QuantityPatterns.Number + @")\s+" + Units + @"\s+(?<duration>duurt|duurde|duurden|geduurd)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Lasted();
}
