using System.Globalization;
using System.Text.RegularExpressions;

namespace Mandaat.Extract.Statements;

/// <summary>
/// When a commitment was made: the date of the debate it names ("tijdens het AO van 29 september
/// 2016", "in het Commissiedebat van 16 december 2021", "het Algemeen Overleg MINUSMA op 21 mei jl.",
/// a date without year taking the letter's), else the date of the letter that makes it.
/// </summary>
public static partial class CommitmentDate
{
    // A reported commitment without a debate date was made earlier, on a day this sentence does not give.
    public static DateOnly? Find(string sentence, DateOnly? letterDate) =>
        Debate(sentence, letterDate) ?? (ReportedEarlier().IsMatch(sentence) ? null : letterDate);

    /// <summary>The date of the debate or letter the sentence names as where the commitment was made, or null.</summary>
    public static DateOnly? Debate(string sentence, DateOnly? letterDate)
    {
        var debate = DebateDate().Match(sentence);
        if (!debate.Success)
        {
            return null;
        }

        var culture = CultureInfo.GetCultureInfo("nl-NL");
        var dayMonth = Whitespace(debate.Groups["day"].Value + " " + debate.Groups["month"].Value);
        if (debate.Groups["year"].Success)
        {
            return DateOnly.TryParseExact($"{dayMonth} {debate.Groups["year"].Value}", "d MMMM yyyy", culture, DateTimeStyles.None, out var dated) ? dated : null;
        }

        // "21 mei jl." takes the letter's year; a day after the letter's own was in the year before.
        if (letterDate is not { } letter || !DateOnly.TryParseExact($"{dayMonth} {letter.Year}", "d MMMM yyyy", culture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        return date > letter ? date.AddYears(-1) : date;
    }

    private static string Whitespace(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(
        @"\b(?:\w*overleg|AO|\w*debat|notaoverleg|wetgevingsoverleg|vragenuur|briefing|brief)\b[^.?!]{0,120}?\b(?:van|op|d\.d\.)\s+(?<day>\d{1,2})\s+(?<month>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:\s+(?<year>\d{4})|\s+(?:jl|j\.l|l\.l|jongstleden)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DebateDate();

    [GeneratedRegex(@"\b(?:toezegging|toegezegd)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedEarlier();
}
