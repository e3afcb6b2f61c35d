using Mandaat.Core.Text;

namespace Mandaat.Normalize.Tests;

/// <summary>Every normalised character maps back to the same character in the source.</summary>
public sealed class OffsetMapPropertyTests
{
    [Theory]
    [MemberData(nameof(Names))]
    public void Every_visible_character_maps_to_itself_in_the_source(string name)
    {
        var normalized = Samples.Normalized(name);

        AssertMapsBack(normalized);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Paragraph_spans_are_ordered_trimmed_and_separated_by_one_blank_line(string name)
    {
        var normalized = Samples.Normalized(name);
        var text = normalized.Text;

        Assert.NotEmpty(normalized.Paragraphs);
        Assert.Equal(0, normalized.Paragraphs[0].Start);
        Assert.Equal(text.Length, normalized.Paragraphs[^1].End);
        for (var i = 0; i < normalized.Paragraphs.Count; i++)
        {
            var paragraph = normalized.Paragraphs[i].Slice(text);
            Assert.False(string.IsNullOrWhiteSpace(paragraph));
            Assert.Equal(paragraph.Trim(), paragraph);
            Assert.DoesNotContain('\n', paragraph);
            Assert.DoesNotContain("  ", paragraph, StringComparison.Ordinal);
            if (i > 0)
            {
                Assert.Equal("\n\n", text[normalized.Paragraphs[i - 1].End..normalized.Paragraphs[i].Start]);
            }
        }
    }

    [Theory]
    [InlineData("Een regel die door-\nloopt en een tweede\n\nalinea.")]
    [InlineData("  Eerste   regel\r\nmet  CRLF\r\n\r\n\r\nTweede")]
    [InlineData("Titel\n\nTekst van de alinea die over\n\n\nTweede Kamer, vergaderjaar 2020–2021, 27 925, nr. 748 3\n\n\n\nde pagina heen loopt.")]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    public void Small_texts_map_back_too(string source)
    {
        var normalized = new KamerstukNormalizer().Normalize(SourceText.SinglePage(source, "txt"));

        AssertMapsBack(normalized);
    }

    [Fact]
    public void Footer_between_pages_is_dropped_from_a_small_text()
    {
        const string source = "Titel\n\nTekst van de alinea die over\n\n\nTweede Kamer, vergaderjaar 2020–2021, 27 925, nr. 748 3\n\n\n\nde pagina heen loopt.";

        var normalized = new KamerstukNormalizer().Normalize(SourceText.SinglePage(source, "txt"));

        Assert.Equal("Titel\n\nTekst van de alinea die over de pagina heen loopt.", normalized.Text);
    }

    public static TheoryData<string> Names() => Samples.Names();

    private static void AssertMapsBack(NormalizedText normalized)
    {
        var text = normalized.Text;
        var source = normalized.Source.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            var at = normalized.Map.ToSource(i);
            Assert.InRange(at, 0, source.Length - 1);
            Assert.True(text[i] == source[at], $"offset {i} '{text[i]}' maps to source {at} '{source[at]}'");
        }
    }
}
