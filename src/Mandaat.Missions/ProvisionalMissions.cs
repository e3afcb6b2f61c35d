using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

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
            if (IsKnown(name, catalog) || IsKnown(printed, catalog) || found.Any(m => m.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase)))
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
    // or acronyms, so "de EU-missie in Mali" (a place, in lower case after the noun) names no new operation.
    [GeneratedRegex(
        @"(?:\bbijdrage\s+aan\s+(?:de\s+)?|\bde\s+)(?<printed>(?:(?<lead>EU|NAVO|VN)-)?(?:operatie|missie|trainingsmissie|marinemissie|Operation)\s+(?<name>\p{Lu}[\p{L}\d]*(?:-\p{L}+)?(?:\s+\p{Lu}[\p{L}\d]*){0,2}))(?![\p{L}\d])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Contribution();

    [GeneratedRegex("-{2,}")]
    private static partial Regex MultipleHyphens();
}
