using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Mandaat.Dutch;

namespace Mandaat.Missions;

/// <summary>
/// Operations a decision letter contributes to that the catalogue does not know ("een bijdrage aan operatie
/// Zeemeeuw", "de EU-missie EUCAP Zeemeeuw", "de NAVO-operatie Noordwind"): each becomes a provisional mission,
/// so a new deployment's letters are not lost before the reference list or the user's file names it. The user
/// then adds it properly, merges it into a known mission or renames it (docs/MISSIONS.md).
/// </summary>
public static partial class ProvisionalMissions
{
    /// <summary>The id every provisional mission's id starts with: it can never clash with a catalogue id.</summary>
    public const string IdPrefix = "voorlopig-";

    /// <summary>The provisional missions a decision letter of the given date names, each once, in order.</summary>
    public static IReadOnlyList<Mission> Find(string text, MissionCatalog catalog, DateOnly? date)
    {
        var found = new List<Mission>();
        foreach (Match match in Contribution().Matches(text))
        {
            var name = match.Groups["name"].Value.Trim();
            var printed = match.Groups["printed"].Value.Trim();
            if (!IsOperationName(name) || IsKnown(name, catalog) || IsKnown(printed, catalog) || IsNamedAfter(text, match.Groups["name"], catalog)
                || found.Any(m => m.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            found.Add(new Mission(IdPrefix + Slug(name), printed, [name], [], [], [])
            {
                Lead = match.Groups["lead"].Value switch { "EU" => "EU", "NAVO" => "NAVO", "VN" => "VN", _ => null },
                Period = date is { } day ? new MissionPeriod(new DateOnly(day.Year, day.Month, 1), null) : MissionPeriod.Unknown,
                Provisional = true,
            });
        }

        return found;
    }

    private static bool IsKnown(string name, MissionCatalog catalog) =>
        catalog.Find(name) is not null || catalog.Mentions(name).Any();

    // "de VN-missie UN Multidimensional Integrated Stabilisation Mission (MINUSMA) in Mali": a known name the printed
    // name runs on into, or that follows it between brackets, is the operation's name.
    private static bool IsNamedAfter(string text, Group name, MissionCatalog catalog)
    {
        var rest = text.AsSpan(name.Index, Math.Min(NamedAfterReach, text.Length - name.Index));
        var line = rest.IndexOfAny('\n', '.');
        var window = (line < 0 ? rest : rest[..line]).ToString();
        return catalog.Mentions(window).Any(m => m.Offset == 0 || window.LastIndexOf('(', m.Offset) >= 0);
    }

    private const int NamedAfterReach = 120;

    // An operation's name is an acronym or a word of three letters or more that is no Dutch function word, title or
    // state ("de missie De Kamer", "de NAVO-missie Irak", "de EU-operatie At" cut off at a page's end are none).
    private static bool IsOperationName(string name)
    {
        var first = name.Split(' ', 2)[0];
        return (first.Length >= 3 || first.All(char.IsUpper)) && !NotAName().IsMatch(first) && !DutchNations.Foreign.IsMatch(name)
            && !DutchNations.Dutch.IsMatch(name);
    }

    [GeneratedRegex(
        @"^(?:De|Het|Een|Deze|Dit|Die|Dat|Ook|Als|Van|Voor|Aan|Naar|Met|Bij|Uit|Over|Tijdens|Wij|Ik|Uw|Hij|Zij|Nr|Vragen|Vraag|Antwoord|Antwoorden|Voorzitter|Minister|Kamer|Gepubliceerd|Vastgesteld|Aanwezig|Vooruitlopend|Den|Doel|Daarnaast|Bovendien|Tevens|Verder|Zoals|Hierbij)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    private static string Slug(string name)
    {
        var plain = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return MultipleHyphens().Replace(plain.ToString(), "-").Trim('-');
    }

    // "bijdrage aan (de) operatie X" and "de EU-/NAVO-/VN-missie|operatie X"; X is one to three capitalised words
    // or acronyms on the same line (a line break at most before it, as a PDF's text breaks lines), so "de EU-missie
    // in Mali" (a place, in lower case after the noun) and a heading's "missie" before the next paragraph name no
    // new operation.
    [GeneratedRegex(
        @"(?:\bbijdrage\s+aan\s+(?:de\s+)?|\bde\s+)(?<printed>(?:(?<lead>EU|NAVO|VN)-)?(?:operatie|missie|trainingsmissie|marinemissie|Operation)[ \t]*\n?[ \t]*(?<=\s)(?<name>\p{Lu}[\p{L}\d]*(?:-\p{L}+)?(?:[ \t]+\p{Lu}[\p{L}\d]*){0,2}))(?![\p{L}\d])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Contribution();

    [GeneratedRegex("-{2,}")]
    private static partial Regex MultipleHyphens();
}
