using System.Text.RegularExpressions;

namespace Mandaat.Dutch;

/// <summary>
/// The names of states and their adjectives as Dutch papers print them ("Frankrijk", "de VS", "Britse", "Malinese"),
/// and the words by which a Dutch letter names the Netherlands as the one that acts ("Nederland", "Nederlandse",
/// "het kabinet", "Hr.Ms."). Written by hand: no library served here has Dutch country names (.NET's
/// <c>RegionInfo</c> gives English or native names), and the adjectives are in no list at all. The list holds the
/// allies, partners and host nations of Dutch deployments since 1990; a state it misses is read as no state.
/// </summary>
public static partial class DutchNations
{
    private const string States =
        "Afghanistan|Albanië|Algerije|Amerika|Armenië|Australië|Azerbeidzjan|Bahrein|Belarus|België|Bosnië(?:-Herzegovina|\\s+en\\s+Herzegovina)?|" +
        "Bulgarije|Burkina\\s+Faso|Cambodja|Canada|China|Congo|Cyprus|Denemarken|Djibouti|Duitsland|Egypte|Eritrea|Estland|Ethiopië|" +
        "Finland|Frankrijk|Georgië|Ghana|Griekenland|Guinee|Haïti|Hongarije|Ierland|IJsland|India|Indonesië|Irak|Iran|Israël|Italië|" +
        "Japan|Jemen|Jordanië|Kenia|Koeweit|Kosovo|Kroatië|Letland|Libanon|Liberia|Libië|Litouwen|Luxemburg|Mali|Marokko|Mauritanië|" +
        "Moldavië|Montenegro|Niger|Nigeria|Nieuw-Zeeland|Noord-Macedonië|Macedonië|Noorwegen|Oeganda|Oekraïne|Oostenrijk|Oost-Timor|" +
        "Pakistan|Polen|Portugal|Qatar|Roemenië|Rusland|Rwanda|Saoedi-Arabië|Senegal|Servië|Sierra\\s+Leone|Slovenië|Slowakije|" +
        "Soedan|Somalië|Spanje|Syrië|Tsjaad|Tsjechië|Tunesië|Turkije|Verenigd\\s+Koninkrijk|Verenigde\\s+Arabische\\s+Emiraten|" +
        "Verenigde\\s+Staten|VS|VK|Wit-Rusland|Zuid-Afrika|Zuid-Korea|Zuid-Soedan|Zweden|Zwitserland";

    // Each stem takes "e" when inflected ("Britse", "Brits"); a few end in a form of their own.
    private const string AdjectiveStems =
        "Afghaans|Albanees|Amerikaans|Armeens|Australisch|Belgisch|Bosnisch|Brits|Bulgaars|Cambodjaans|Canadees|Chinees|Congolees|" +
        "Deens|Duits|Egyptisch|Emiraats|Engels|Eritrees|Ests|Ethiopisch|Fins|Frans|Georgisch|Ghanees|Grieks|Haïtiaans|Hongaars|Iers|" +
        "Indiaas|Indonesisch|Iraaks|Iraans|Israëlisch|Italiaans|Japans|Jemenitisch|Jordaans|Keniaans|Koerdisch|Koeweits|Kosovaars|" +
        "Kroatisch|Lets|Libanees|Liberiaans|Libisch|Litouws|Luxemburgs|Macedonisch|Malinees|Marokkaans|Mauritaans|Moldavisch|" +
        "Montenegrijns|Nigeriaans|Nigerees|Noors|Oegandees|Oekraïens|Oostenrijks|Pakistaans|Pools|Portugees|Qatarees|Roemeens|Russisch|" +
        "Rwandees|Saoedisch|Senegalees|Servisch|Sloveens|Slowaaks|Somalisch|Soedanees|Spaans|Syrisch|Tsjadisch|Tsjechisch|Tunesisch|" +
        "Turks|Wit-Russisch|Zuid-Afrikaans|Zuid-Koreaans|Zweeds|Zwitsers";

    /// <summary>A state other than the Netherlands, by name or by adjective ("Frankrijk", "Franse"), as a whole word.</summary>
    public static Regex Foreign { get; } = ForeignPattern();

    /// <summary>
    /// A word by which a Dutch paper names the Netherlands or its forces as the one acting: "Nederland",
    /// "Nederlandse", "Nederlanders", "het kabinet", "de regering", "Defensie", "Hr.Ms."/"Zr.Ms.", the Koninklijke
    /// services, "het Korps Mariniers".
    /// </summary>
    public static Regex Dutch { get; } = DutchPattern();

    /// <summary>True when <paramref name="word"/> is a state's adjective rather than its name ("Franse", not "Frankrijk").</summary>
    public static bool IsAdjective(string word) => AdjectivePattern().IsMatch(word);

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?:(?:" + States + @")|(?:" + AdjectiveStems + @")e?)(?![\p{L}\p{N}-])", RegexOptions.CultureInvariant)]
    private static partial Regex ForeignPattern();

    [GeneratedRegex(@"^(?:" + AdjectiveStems + @")e?$", RegexOptions.CultureInvariant)]
    private static partial Regex AdjectivePattern();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}-])(?:Nederland(?:se|s|ers)?|ons\s+land|het\s+kabinet|de\s+regering|Defensie|(?:Hr|Zr)\.\s?Ms\.|Koninklijke\s+(?:Marine|Landmacht|Luchtmacht|Marechaussee)|KMar|Korps\s+Mariniers)(?![\p{L}\p{N}-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex DutchPattern();
}
