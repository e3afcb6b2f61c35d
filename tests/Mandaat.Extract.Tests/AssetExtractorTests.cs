using Mandaat.Core.Facts;
using Mandaat.Extract.Quantities;

namespace Mandaat.Extract.Tests;

/// <summary>Counts of materiel in sentences of other letters than the samples'.</summary>
public sealed class AssetExtractorTests
{
    [Theory]
    [InlineData("a number word and a designation", "Nederland levert zes F-16's aan de coalitie.", "F-16", 6)]
    [InlineData("a compound's head noun", "Defensie stelt drie transporthelikopters beschikbaar.", "helikopter", 3)]
    [InlineData("the article before a count does not hide it", "Nederland stuurt een extra vier F-16's naar Jordanië.", "F-16", 4)]
    public void Counts(string reason, string text, string asset, int count)
    {
        var fact = Assert.Single(new AssetExtractor().Extract(TextContext.For(text)).Cast<AssetFact>());

        Assert.True(fact.Asset == asset && fact.Count == count, $"{reason}: {fact.Asset} × {fact.Count}");
    }

    [Theory]
    [InlineData("the article is no count", "Er wordt een fregat ingezet.")]
    [InlineData("a year is no count", "In 2016 vlogen F-16's boven Syrië.")]
    public void Not_counts(string reason, string text) =>
        Assert.True(!new AssetExtractor().Extract(TextContext.For(text)).Any(), reason);
}
