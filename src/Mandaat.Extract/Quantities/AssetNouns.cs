namespace Mandaat.Extract.Quantities;

/// <summary>
/// The head nouns of platforms and materiel with their plurals. A compound ("transporthelikopter",
/// "scherfvest") ends in one of these; the fact names the head noun and keeps the compound as alt.
/// </summary>
public static class AssetNouns
{
    public const string Pattern =
        @"helikopters|helikopter|vliegtuigen|vliegtuig|toestellen|toestel|fregatten|fregat|schepen|schip|mijnenjagers|mijnenjager|" +
        @"onderzeeboten|onderzeeboot|patrouilleschepen|voertuigen|voertuig|tanks|helmen|helm|vesten|vest|drones|drone|" +
        @"kanonnen|kanon|houwitsers|houwitser|boten|boot|radars|radar|Reapers|Reaper|Apaches|Apache|Chinooks|Chinook|Cougars|Cougar|Patriots|Patriot";

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
        ["voertuigen"] = "voertuig",
        ["tanks"] = "tank",
        ["helmen"] = "helm",
        ["vesten"] = "vest",
        ["drones"] = "drone",
        ["kanonnen"] = "kanon",
        ["houwitsers"] = "houwitser",
        ["boten"] = "boot",
        ["radars"] = "radar",
        ["reapers"] = "reaper",
        ["apaches"] = "apache",
        ["chinooks"] = "chinook",
        ["cougars"] = "cougar",
        ["patriots"] = "patriot",
    };

    public static string Singular(string noun) => Plurals.GetValueOrDefault(noun, noun);

    /// <summary>An adjective without its inflection: "kogelwerende" → "kogelwerend".</summary>
    public static string Uninflected(string adjective) =>
        adjective.EndsWith("e", StringComparison.Ordinal) && adjective.Length > 4 ? adjective[..^1] : adjective;
}
