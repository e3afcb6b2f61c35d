using System.Globalization;
using System.Text.RegularExpressions;

namespace Mandaat.Extract.Statements;

/// <summary>
/// When a commitment was made: the date of the debate it names ("tijdens het AO van 29 september
/// 2016", "in het Commissiedebat van 16 december 2021"), else the date of the letter that makes it.
/// </summary>
public static partial class CommitmentDate
{
    public static DateOnly? Find(string sentence, DateOnly? letterDate)
    {
        var debate = DebateDate().Match(sentence);
        if (debate.Success && TryParse(debate.Groups["date"].Value, out var date))
        {
            return date;
        }

        // A reported commitment without a debate date was made earlier, on a day this sentence does not give.
        return ReportedEarlier().IsMatch(sentence) ? null : letterDate;
    }

    private static bool TryParse(string value, out DateOnly date) =>
        DateOnly.TryParseExact(Whitespace(value), "d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"), DateTimeStyles.None, out date);

    private static string Whitespace(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(
        @"\b(?:overleg|AO|debat|commissiedebat|notaoverleg|wetgevingsoverleg|plenaire\s+debat|vragenuur|briefing|brief)\b[^.?!]{0,120}?\b(?:van|op|d\.d\.)\s+(?<date>\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DebateDate();

    [GeneratedRegex(@"\b(?:toezegging|toegezegd)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedEarlier();
}
