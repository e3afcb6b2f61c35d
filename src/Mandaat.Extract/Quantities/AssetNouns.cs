using System.Text.RegularExpressions;

namespace Mandaat.Extract.Quantities;

/// <summary>
/// The head nouns of platforms and materiel with their plurals. A compound ("transporthelikopter",
/// "scherfvest") ends in one of these; the fact names the head noun and keeps the compound as alt.
/// </summary>
public static partial class AssetNouns
{
    public const string Pattern =
        @"helikopters|helikopter|vliegtuigen|vliegtuig|toestellen|toestel|fregatten|fregat|schepen|schip|mijnenjagers|mijnenjager|" +
        @"onderzeeboten|onderzeeboot|patrouilleschepen|vaartuigen|vaartuig|korvetten|korvet|voertuigen|voertuig|tanks|helmen|helm|vesten|vest|drones|drone|" +
        @"kanonnen|kanon|houwitsers|houwitser|mortieren|mortier|boten|boot|radars|radar|platformen|platform";

    /// <summary>Platforms known by their name: "vier Apache gevechtshelikopters", "drie Patriot-systemen".</summary>
    public const string Names = @"Reapers|Reaper|Apaches|Apache|Chinooks|Chinook|Cougars|Cougar|Patriots|Patriot|Bushmasters|Bushmaster|Fenneks|Fennek";

    /// <summary>
    /// "Systeem" is a platform only in a compound that says which ("raketverdedigingssystemen",
    /// "luchtverdedigingssysteem"); alone it is as often a computer system.
    /// </summary>
    public const string SystemPattern = @"\p{Ll}*(?:verdedigings|raket|wapen|lanceer|radar)";

    /// <summary>A military designation: "F-16", "KDC-10", "C-130", "NH90", "AH-64", "MQ-9", "A400M".</summary>
    public const string Designation = @"(?:F|C|KC|KDC|CH|AH|MQ|NH|P|E|A|MH|SH|UH)[-–]?\d{1,3}[A-Z]?";

    private static readonly Dictionary<string, string> Plurals = new(StringComparer.Ordinal)
    {
        ["helikopters"] = "helikopter",
        ["vliegtuigen"] = "vliegtuig",
        ["toestellen"] = "toestel",
        ["fregatten"] = "fregat",
        ["schepen"] = "schip",
        ["mijnenjagers"] = "mijnenjager",
        ["onderzeeboten"] = "onderzeeboot",
        ["patrouilleschepen"] = "patrouilleschip",
        ["vaartuigen"] = "vaartuig",
        ["korvetten"] = "korvet",
        ["voertuigen"] = "voertuig",
        ["tanks"] = "tank",
        ["helmen"] = "helm",
        ["vesten"] = "vest",
        ["drones"] = "drone",
        ["kanonnen"] = "kanon",
        ["houwitsers"] = "houwitser",
        ["mortieren"] = "mortier",
        ["boten"] = "boot",
        ["radars"] = "radar",
        ["platformen"] = "platform",
        ["systemen"] = "systeem",
        ["stukken"] = "stuk",
        ["reapers"] = "reaper",
        ["apaches"] = "apache",
        ["chinooks"] = "chinook",
        ["cougars"] = "cougar",
        ["patriots"] = "patriot",
        ["bushmasters"] = "bushmaster",
        ["fenneks"] = "fennek",
    };

    /// <summary>The singular of a head noun or of a compound that ends in one: "jachtvliegtuigen" → "jachtvliegtuig".</summary>
    public static string Singular(string noun)
    {
        if (Plurals.TryGetValue(noun, out var singular))
        {
            return singular;
        }

        foreach (var (plural, one) in Plurals)
        {
            if (noun.EndsWith(plural, StringComparison.Ordinal))
            {
                return noun[..^plural.Length] + one;
            }
        }

        return noun;
    }

    /// <summary>An adjective without its inflection: "kogelwerende" → "kogelwerend".</summary>
    public static string Uninflected(string adjective) =>
        adjective.EndsWith("e", StringComparison.Ordinal) && adjective.Length > 4 ? adjective[..^1] : adjective;

    /// <summary>A platform named anywhere in a text: a designation or a head noun, compounds included.</summary>
    [GeneratedRegex(@"\b(?:" + Designation + @"|" + Names + @"|\p{Ll}*(?:" + Pattern + @"))\b", RegexOptions.CultureInvariant)]
    public static partial Regex Named();
}
