namespace Mandaat.Normalize.Tests;

/// <summary>Line-break hyphenation is joined in the samples; real hyphens stay.</summary>
public sealed class SampleHyphenationTests
{
    [Theory]
    [InlineData("001", "teruggedrongen", "terugge-")]
    [InlineData("001", "humanitaire organisaties", "organi-")]
    [InlineData("004", "teruggedrongen bij de Haditha-dam", "terugge-")]
    [InlineData("000", "burgerbevolking", "burgerbe-")]
    [InlineData("003", "Islamitische Staat", "Islami-")]
    public void Line_break_hyphenation_is_joined(string sample, string joined, string fragment)
    {
        var text = Samples.Normalized(Samples.Name(sample)).Text;

        Assert.Contains(joined, text, StringComparison.Ordinal);
        Assert.DoesNotContain(fragment + " ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("001", "anti-ISIS coalitie", "inline hyphen after a prefix")]
    [InlineData("002", "anti-ISIS-coalitie", "acronym before the line-end hyphen")]
    [InlineData("002", "force protection-eenheden", "the document hyphenates after \"protection\" elsewhere")]
    [InlineData("002", "JOCAT-North", "upper-case continuation")]
    [InlineData("002", "COVID-19-protocol", "digits before the line-end hyphen")]
    [InlineData("002", "nationalistisch-sjiitische", "coordinated adjectives")]
    [InlineData("002", "woon- en werkverblijven", "suspended compound before \"en\"")]
    [InlineData("001", "Midden-Oosten", "upper-case continuation")]
    [InlineData("000", "Rescue-eenheden", "same vowel meets at the compound boundary")]
    [InlineData("000", "F-16’s", "designation")]
    [InlineData("004", "(Oost-)Europese", "bracketed prefix")]
    public void Real_hyphens_stay(string sample, string expected, string reason)
    {
        var text = Samples.Normalized(Samples.Name(sample)).Text;

        Assert.True(text.Contains(expected, StringComparison.Ordinal), $"{expected} ({reason})");
    }
}
