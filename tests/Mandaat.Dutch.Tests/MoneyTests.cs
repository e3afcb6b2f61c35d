namespace Mandaat.Dutch.Tests;

public sealed class MoneyTests
{
    public static TheoryData<string, decimal, Qualifier, bool, string> Amounts => new()
    {
        { "ruim 150 miljoen euro", 150_000_000m, Qualifier.Ruim, true, "hedge, multiplier, currency after" },
        { "€ 19,5 miljoen", 19_500_000m, Qualifier.None, true, "euro sign before" },
        { "€19,5 mln", 19_500_000m, Qualifier.None, true, "sign glued to the number" },
        { "EUR 3 mln", 3_000_000m, Qualifier.None, true, "ISO code before" },
        { "circa 30 miljoen", 30_000_000m, Qualifier.Circa, false, "no currency printed: context decides" },
        { "1.5 miljoen euro", 1_500_000m, Qualifier.None, true, "decimal point before 'miljoen'" },
        { "0,6 miljoen euro", 600_000m, Qualifier.None, true, "below a million" },
        { "ongeveer 190.000 euro", 190_000m, Qualifier.Ongeveer, true, "thousands group and hedge" },
        { "ruim € 150 miljoen", 150_000_000m, Qualifier.Ruim, true, "hedge before the sign" },
        { "maximaal 28 miljoen euro", 28_000_000m, Qualifier.Maximaal, true, "a budget ceiling" },
        { "€ 1.000,-", 1000m, Qualifier.None, true, "',-' for whole euros" },
        { "twee miljoen euro", 2_000_000m, Qualifier.None, true, "amount in words" },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Reads_amounts_of_money(string text, decimal amount, Qualifier qualifier, bool currency, string reason)
    {
        var result = DutchMoney.Parse(text);

        Assert.True(result.Success, $"{reason}: {result.Error}");
        Assert.Equal(amount, result.Value.Amount);
        Assert.Equal(qualifier, result.Value.Qualifier);
        Assert.Equal(currency, result.Value.CurrencyPrinted);
    }

    [Fact]
    public void A_range_of_money_keeps_its_upper_end()
    {
        var result = DutchMoney.Parse("tussen de 10 en 20 miljoen euro");

        Assert.Equal(new MoneyAmount(10_000_000m, 20_000_000m, Qualifier.None, true), result.Value);
    }
}
