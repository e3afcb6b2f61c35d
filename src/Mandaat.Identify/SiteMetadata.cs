using System.Text.RegularExpressions;

namespace Mandaat.Identify;

/// <summary>
/// What a publication site prints about the paper above its text, for copies that lost the paper's own
/// head: OpenKamer's "Kamerstuk 29521-300" title line and "ID: 21501-02-1218", tkconv's "officiële HTML
/// versie (kst-29521-433)", a "Bron:" address of officielebekendmakingen, Parlementaire Monitor's
/// "Kenmerk 29521, nr. 377". These are whole metadata lines near the top, never a citation in a sentence.
/// </summary>
internal static partial class SiteMetadata
{
    /// <summary>Site chrome comes first: a metadata line further down is body text quoting one.</summary>
    private const int HeadLines = 30;

    public static PrintedNumber? Read(string source)
    {
        foreach (var line in source.Split('\n', HeadLines + 1).Take(HeadLines).Select(l => l.Trim()))
        {
            if (KamerstukLine().Match(line) is { Success: true } kamerstuk)
            {
                return FromId(kamerstuk.Groups["id"].Value, line);
            }

            if (SiteId().Match(line) is { Success: true } site)
            {
                return FromId(site.Groups["id"].Value, line);
            }

            if (Kenmerk().Match(line) is { Success: true } kenmerk)
            {
                return new PrintedNumber(null, null, kenmerk.Groups["dossier"].Value, kenmerk.Groups["number"].Value, line);
            }
        }

        return null;
    }

    /// <summary>"29521-300", "21501-02-1218", "33000-X-40": the number is the last part, the dossier the rest.</summary>
    private static PrintedNumber FromId(string id, string line)
    {
        var last = id.LastIndexOf('-');
        return new PrintedNumber(null, null, id[..last].ToUpperInvariant(), id[(last + 1)..].ToUpperInvariant(), line);
    }

    private const string Id = @"(?<id>\d{4,6}(?:-(?:\d{2}|[IVXL]{1,6}|[A-Za-z]))?-(?:\d{1,5}|[A-Za-z]{1,3}))";

    [GeneratedRegex(@"^(?:Kamerstuk|ID:)[ \t]+" + Id + "$", RegexOptions.CultureInvariant)]
    private static partial Regex KamerstukLine();

    [GeneratedRegex(@"(?:HTML[ \t]+versie[ \t]*\(|^Bron:[ \t]*https?://zoek\.officielebekendmakingen\.nl/)kst-" + Id + @"(?:\)|\.html)", RegexOptions.CultureInvariant)]
    private static partial Regex SiteId();

    [GeneratedRegex(@"^Kenmerk[ \t]+(?<dossier>\d{4,6}(?:-[0-9A-Z]{1,6})?),[ \t]*nr\.[ \t]*(?<number>\d{1,5}|[A-Z]{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Kenmerk();
}
