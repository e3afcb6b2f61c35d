namespace Mandaat.Dutch;

/// <summary>
/// Regex fragments for extractors that scan text before a grammar reads the match. They are
/// constants so they can be concatenated inside a <c>[GeneratedRegex]</c> attribute; they hold no
/// capturing groups, so a caller wraps the part it wants to read in its own named group. Compile with
/// <c>RegexOptions.IgnoreCase | RegexOptions.CultureInvariant</c>. The fragments are deliberately a
/// little loose: a match is only a candidate, and the grammar (<see cref="DutchQuantity"/>,
/// <see cref="DutchDate"/>, …) decides, returning an error for "honderden" or "31 februari".
/// <code>
/// [GeneratedRegex(@"(?&lt;q&gt;" + DutchPatterns.Quantity + @")\s+militairen", RegexOptions.IgnoreCase)]
/// private static partial Regex Troops();
/// …
/// var quantity = DutchQuantity.Parse(match.Groups["q"].Value);
/// </code>
/// </summary>
public static class DutchPatterns
{
    private const string WordPiece =
        "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend";

    /// <summary>A compound number word: "twaalf", "honderdtwintig", "tweeëntwintig", "anderhalf". Matches the article "een" too.</summary>
    public const string NumberWord =
        @"\b(?:nul|anderhalf|anderhalve|(?:" + WordPiece + ")(?:ën|en|" + WordPiece + @")*)\b";

    /// <summary>Digits in Dutch notation: "1.000", "19,5", "2200", "1.5".</summary>
    public const string Digits = @"\b\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\b\d+(?:[,.]\d+)?(?!\d)";

    /// <summary>A multiplier word: "miljoen", "mln", "miljard", "mld", "mrd", "duizend".</summary>
    public const string Scale = @"(?:miljoen|miljard|duizend|mln\.?|mld\.?|mrd\.?)";

    /// <summary>One amount: digits or a number word, with an optional multiplier ("19,5 miljoen").</summary>
    public const string Number = "(?:" + Digits + "|" + NumberWord + @")(?:\s*" + Scale + @"\b\.?)?";

    /// <summary>A hedge before a number: "ruim", "circa", "ca.", "ongeveer", "zo'n", "maximaal", "meer dan", "tot" …</summary>
    public const string Qualifier =
        @"\b(?:ruim\s+meer\s+dan|niet\s+meer\s+dan|tot\s+maximaal|meer\s+dan|minder\s+dan|ten\s+hoogste|ten\s+minste|naar\s+schatting|rond\s+de|ruim|circa|ca\.|ca\b|c\.a\.|ongeveer|zo['’]n|omstreeks|ruwweg|grofweg|maximaal|max\.|hoogstens|hooguit|bijna|vrijwel|nagenoeg|minimaal|minstens|tenminste|tot\b)";

    /// <summary>What joins the two ends of a range: "tot", "tot en met", "à", "a", a dash.</summary>
    public const string RangeJoint = @"(?:\s+(?:tot(?:\s+en\s+met)?|à|á|a)\s+|\s*[-–]\s*)";

    /// <summary>A hedged number or range, as <see cref="DutchQuantity"/> reads it: "ca. 100 tot 150", "tussen de 10 en 20".</summary>
    public const string Quantity =
        "(?:" + Qualifier + @"\s*)?(?:\btussen\s+(?:de\s+)?" + Number + @"\s+en\s+" + Number + "|" + Number
        + "(?:" + RangeJoint + "(?:" + Qualifier + @"\s*)?" + Number + ")?)";

    /// <summary>An amount of money with its currency before or after: "€ 19,5 miljoen", "ruim 150 miljoen euro", "EUR 3 mln".</summary>
    public const string Money =
        "(?:" + Qualifier + @"\s*)?(?:(?:€|\bEUR\b)\s*" + Quantity + "|" + Quantity + @"\s+(?:euro|EUR)\b)";

    /// <summary>The word before a narrowed month or year: "begin", "medio", "half", "eind" …</summary>
    public const string DateModifier = @"\b(?:begin|primo|medio|half|halverwege|midden|eind|einde|ultimo)";

    /// <summary>
    /// A date as <see cref="DutchDate"/> reads it: "10 september 2014", "1 december a.s.", "medio
    /// februari", "eind 2016", "mei 2024", "2022-10-28", "28-10-2022".
    /// </summary>
    public const string Date =
        @"(?:\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}-\d{1,2}-\d{4}\b|(?:" + DateModifier + @"\s+)?(?:\b\d{1,2}\s+)?\b" + DutchMonths.Pattern
        + @"(?:\s+(?:\d{4}\b|a\.\s?s\.|a\.s\b|j\.\s?l\.|jl\.|jl\b))?|" + DateModifier + @"\s+(?:van\s+)?\d{4}\b)";

    /// <summary>A duration: "twaalf maanden", "maximaal een jaar", "zes weken", "zes tot twaalf maanden".</summary>
    public const string Duration = Quantity + @"\s+(?:dagen|dag|weken|week|maanden|maand|jaren|jaar)\b";

    /// <summary>
    /// A period as <see cref="DutchPeriod"/> reads it: "tot en met 31 december 2023", "sinds 30 januari
    /// 2017", "van mei 2024 tot en met mei 2025", "oktober 2020 tot 30 september 2021", "in de tweede
    /// helft van 2017", "voor de duur van maximaal een jaar".
    /// </summary>
    public const string Period =
        @"(?:(?:\b(?:van|vanaf)\s+)?(?:" + Date + @"|\d{1,2})\s+(?:tot\s+en\s+met|t/m|tot)\s+" + Date
        + @"|\b(?:in\s+)?(?:de\s+|het\s+)?(?:eerste|tweede|derde|vierde)\s+(?:helft|kwartaal)\s+(?:van\s+)?\d{4}\b"
        + @"|\b(?:tot\s+en\s+met|t/m|tot|sinds|vanaf|met\s+ingang\s+van|per)\s+(?:in\s+ieder\s+geval\s+)?" + Date
        + @"|\b(?:voor\s+|gedurende\s+)?(?:de|een)\s+(?:duur|periode|termijn)\s+van\s+" + Duration
        + "|" + Duration + ")";
}
