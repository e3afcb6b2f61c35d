namespace Mandaat.Dutch;

/// <summary>
/// An amount in euro as printed: "ruim 150 miljoen euro" is (150 000 000, null, Ruim, true).
/// <see cref="CurrencyPrinted"/> tells an extractor whether "euro", "EUR" or "€" was part of the
/// phrase; "circa 30 miljoen" in a paragraph on finances is money too, but only context says so.
/// </summary>
public sealed record MoneyAmount(decimal Amount, decimal? Max, Qualifier Qualifier, bool CurrencyPrinted);
