namespace Mandaat.Dutch.Tests;

public sealed class QuantityTests
{
    public static TheoryData<string, decimal, decimal?, Qualifier, string> Quantities => new()
    {
        { "maximaal 250", 250m, null, Qualifier.Maximaal, "a cap" },
        { "250", 250m, null, Qualifier.None, "a bare count" },
        { "ongeveer honderdtwintig", 120m, null, Qualifier.Ongeveer, "hedge before a number word" },
        { "ca. 100 tot 150", 100m, 150m, Qualifier.Circa, "'ca. 100 tot 150 militairen': range with hedge" },
        { "circa 5 tot 10", 5m, 10m, Qualifier.Circa, "'circa 5 tot 10 stafofficieren'" },
        { "3 tot 12", 3m, 12m, Qualifier.None, "'SOF, 3 tot 12 personen'" },
        { "zes tot twaalf", 6m, 12m, Qualifier.None, "a range in words" },
        { "100 à 150", 100m, 150m, Qualifier.None, "'à' joins a range" },
        { "100 a 150", 100m, 150m, Qualifier.None, "'à' without its accent" },
        { "100-150", 100m, 150m, Qualifier.None, "a dash joins a range" },
        { "100 – 150", 100m, 150m, Qualifier.None, "an en dash with spaces" },
        { "tussen de 10 en 20", 10m, 20m, Qualifier.None, "'tussen de … en …'" },
        { "tussen 10 en 20", 10m, 20m, Qualifier.None, "'tussen' without 'de'" },
        { "van 100 tot 150", 100m, 150m, Qualifier.None, "'van … tot …'" },
        { "1 tot 1,5 miljoen", 1_000_000m, 1_500_000m, Qualifier.None, "the multiplier after the upper end applies to both" },
        { "tot 250", 250m, null, Qualifier.Maximaal, "'tot' before a single number is a ceiling" },
        { "ca.100", 100m, null, Qualifier.Circa, "no space after the abbreviation" },
        { "circa 5 tot circa 10", 5m, 10m, Qualifier.Circa, "the hedge repeated on the upper end" },
    };

    [Theory]
    [MemberData(nameof(Quantities))]
    public void Reads_hedged_numbers_and_ranges(string text, decimal value, decimal? max, Qualifier qualifier, string reason)
    {
        var result = DutchQuantity.Parse(text);

        Assert.True(result.Success, $"{reason}: {result.Error}");
        Assert.Equal(new Quantity(value, max, qualifier), result.Value);
    }

    [Theory]
    [InlineData("150 tot 100", "the lower end above the upper end is not a range")]
    [InlineData("maximaal", "a hedge without a number")]
    [InlineData("van ongeveer 160 naar circa 240", "a change from one cap to another is two numbers, not a range")]
    public void Refuses_what_is_not_one_quantity(string text, string reason)
    {
        Assert.False(DutchQuantity.Parse(text).Success, reason);
    }
}
