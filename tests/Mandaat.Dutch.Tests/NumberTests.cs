namespace Mandaat.Dutch.Tests;

public sealed class NumberTests
{
    public static TheoryData<string, decimal, string> Amounts => new()
    {
        { "1.000", 1000m, "a dot groups thousands: '1.000 helmen'" },
        { "2.200", 2200m, "thousands group" },
        { "190.000", 190_000m, "'ongeveer 190.000 euro'" },
        { "1.250.000", 1_250_000m, "two thousands groups" },
        { "2200", 2200m, "no separator: 'de 2200 onlangs aangekondigde'" },
        { "19,5", 19.5m, "a comma marks decimals" },
        { "0,6", 0.6m, "'0,6 miljoen euro' before the multiplier" },
        { "1.5", 1.5m, "a dot before one digit cannot group thousands, so it is a decimal point" },
        { "1.000,50", 1000.50m, "thousands and decimals together" },
        { "1.000,-", 1000m, "',-' means no cents" },
        { "19,5 miljoen", 19_500_000m, "'19,5 miljoen euro'" },
        { "1.5 miljoen", 1_500_000m, "'met 1.5 miljoen euro te ondersteunen'" },
        { "113,5 miljoen", 113_500_000m, "'113,5 miljoen euro aan humanitaire hulp'" },
        { "3 mln", 3_000_000m, "abbreviated multiplier" },
        { "3mln", 3_000_000m, "abbreviation glued to the digits" },
        { "2,4 mld.", 2_400_000_000m, "'mld.' with its period" },
        { "1,2 mrd", 1_200_000_000m, "'mrd' spelling" },
        { "twee miljard", 2_000_000_000m, "words and multiplier" },
        { "150 duizend", 150_000m, "'duizend' as a separate multiplier after digits" },
        { "anderhalf", 1.5m, "one and a half" },
        { "anderhalf miljoen", 1_500_000m, "fraction word with multiplier" },
        { "tweeënhalf miljoen", 2_500_000m, "'tweeënhalf' is two and a half" },
        { "een half", 0.5m, "'een half jaar'" },
        { "twee miljoen driehonderdduizend", 2_300_000m, "a multiplier followed by the rest" },
        { "tweehonderd duizend", 200_000m, "'duizend' printed apart from its multiplier" },
        { "miljoen", 1_000_000m, "a bare multiplier is one of it" },
        { "Zes", 6m, "capitalised at the start of a sentence" },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Reads_amounts_in_digits_and_words(string text, decimal expected, string reason)
    {
        var result = DutchNumber.Parse(text);

        Assert.True(result.Success, $"{reason}: {result.Error}");
        Assert.Equal(expected, result.Value);
    }

    public static TheoryData<string, string> NotAmounts => new()
    {
        { "", "nothing" },
        { "F-16", "a designation, not a number" },
        { "2 3", "two numbers in a row are not one amount" },
        { "6 zes", "digits followed by a word" },
        { "honderden", "indefinite plural" },
        { "1,2,3", "not a Dutch number" },
        { "79228162514264337593543950335 miljard", "too large: must fail, not overflow" },
    };

    [Theory]
    [MemberData(nameof(NotAmounts))]
    public void Refuses_what_is_not_one_amount(string text, string reason)
    {
        Assert.False(DutchNumber.Parse(text).Success, reason);
    }
}
