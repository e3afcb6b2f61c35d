namespace Mandaat.Dutch.Tests;

public sealed class QualifierTests
{
    public static TheoryData<string, Qualifier, string?, string> Hedges => new()
    {
        { "ruim", Qualifier.Ruim, "ruim", "'ruim 150 miljoen euro'" },
        { "circa", Qualifier.Circa, "circa", "'circa 30 miljoen'" },
        { "ca.", Qualifier.Circa, "circa", "gold writes 'ca. 100 tot 150' as circa" },
        { "ca", Qualifier.Circa, "circa", "'ca' without its period" },
        { "ongeveer", Qualifier.Ongeveer, "ongeveer", "'ongeveer 30 militairen'" },
        { "zo'n", Qualifier.Ongeveer, "ongeveer", "'zo'n' means about; FORMAT.md has no value of its own for it" },
        { "zo’n", Qualifier.Ongeveer, "ongeveer", "typographic apostrophe from PDF text" },
        { "rond de", Qualifier.Ongeveer, "ongeveer", "'rond de 200'" },
        { "maximaal", Qualifier.Maximaal, "maximaal", "'maximaal 250 militairen'" },
        { "ten hoogste", Qualifier.Maximaal, "maximaal", "a ceiling in other words" },
        { "tot", Qualifier.Maximaal, "maximaal", "'tot 250 militairen' states a ceiling" },
        { "tot maximaal", Qualifier.Maximaal, "maximaal", "both words of a ceiling" },
        { "bijna", Qualifier.Bijna, "bijna", "'bijna 30 Ministers'" },
        { "meer dan", Qualifier.MeerDan, "meer dan", "'meer dan 60 procent'" },
        { "niet meer dan", Qualifier.Maximaal, "maximaal", "'niet meer dan' is a ceiling, not 'meer dan'" },
        { "minimaal", Qualifier.Minimaal, null, "a floor: read, but FORMAT.md has no value for it" },
        { "ten minste", Qualifier.Minimaal, null, "a floor in other words" },
        { "minder dan", Qualifier.MinderDan, null, "below: read, no FORMAT.md value" },
        { "", Qualifier.None, null, "no hedge" },
        { "Circa", Qualifier.Circa, "circa", "capitalised" },
    };

    [Theory]
    [MemberData(nameof(Hedges))]
    public void Folds_hedges_onto_the_format_values(string text, Qualifier expected, string? formatValue, string reason)
    {
        var result = DutchQualifier.Parse(text);

        Assert.True(result.Success, $"{reason}: {result.Error}");
        Assert.Equal(expected, result.Value);
        Assert.Equal(formatValue, result.Value.ToFormatValue());
    }

    [Fact]
    public void A_word_that_is_not_a_hedge_is_refused()
    {
        Assert.False(DutchQualifier.Parse("totaal").Success);
    }
}
