using System.Text.RegularExpressions;

namespace Mandaat.Dutch;

/// <summary>
/// Amounts of money: "€ 19,5 miljoen", "EUR 3 mln", "ruim 150 miljoen euro", "circa 30 miljoen",
/// "ruim € 150 miljoen", "€ 1.000,-". The currency may stand before or after the number, and the
/// qualifier before the currency sign.
/// </summary>
public static partial class DutchMoney
{
    public static ParseResult<MoneyAmount> Parse(string? text)
    {
        var cleaned = Phrase.Clean(text);
        var currencyPrinted = Currency().IsMatch(cleaned);
        var withoutCurrency = Currency().Replace(cleaned, " ");
        return DutchQuantity.Parse(withoutCurrency).Select(
            quantity => new MoneyAmount(quantity.Value, quantity.Max, quantity.Qualifier, currencyPrinted));
    }

    [GeneratedRegex(@"\s*€\s*|\s*\b(?:euro's|euro|eur)\b\.?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Currency();
}
