using System.Text.RegularExpressions;
using Mandaat.Core.Documents;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>
/// The signature block: paragraphs "De Minister van Defensie, J.A. Hennis-Plasschaert" (the office as
/// printed, then the name as printed), usually at the end of the letter.
/// </summary>
public static partial class SignatoryReader
{
    public static IReadOnlyList<Signatory> Read(NormalizedText text)
    {
        var signatories = new List<Signatory>();
        foreach (var paragraph in text.Paragraphs)
        {
            if (paragraph.Length > 200)
            {
                continue;
            }

            var match = Signature().Match(paragraph.Slice(text.Text));
            if (match.Success)
            {
                var office = match.Groups["office"].Value.Trim();
                office = office.StartsWith("De ", StringComparison.Ordinal) || office.StartsWith("de ", StringComparison.Ordinal) ? office[3..] : office;
                signatories.Add(new Signatory(match.Groups["name"].Value.Trim(), Capitalize(office), paragraph));
            }
        }

        return signatories;
    }

    private static string Capitalize(string office) => office.Length == 0 ? office : char.ToUpperInvariant(office[0]) + office[1..];

    // Office: Minister(-President), Staatssecretaris, Minister voor/van …; then initials and a surname
    // that may carry prefixes ("van der") or a double name ("Hennis-Plasschaert").
    [GeneratedRegex(
        @"^(?<office>(?:[Dd]e\s+)?(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)(?:\s+(?:van|voor)\s+[^,]{3,120})?),\s*" +
        @"(?<name>(?:\p{Lu}\.(?:\s?\p{Lu}\.)*|\p{Lu}\p{Ll}+)\s+(?:(?:van|de|der|den|ter|ten|in\s+'t|'t)\s+)*\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Signature();
}
