using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Normalize;

namespace Mandaat.Segment.Tests;

/// <summary>Numbered headings, levels and the things that look like headings but are not.</summary>
public sealed class HeadingTreeTests
{
    [Fact]
    public void Numbered_headings_take_their_level_from_the_numbering()
    {
        var sections = Segment("""
            1. Inleiding

            Met deze brief informeren wij u over de bijdrage.

            2. Mandaat

            De rechtsgrond is het verzoek van de regering.

            2.1 Rechtsgrondslag en mandaat

            Het verzoek dateert van 25 juni 2014.

            3. Financiën

            De kosten bedragen 19,5 miljoen euro.
            """);

        Assert.Equal(["1. Inleiding", "2. Mandaat", "2.1 Rechtsgrondslag en mandaat", "3. Financiën"], sections.Select(s => s.Heading));
        Assert.Equal([1, 1, 2, 1], sections.Select(s => s.Level));
        Assert.Equal([null, null, 1, null], sections.Select(s => s.ParentIndex));
        Assert.Equal([null, "mandaat", "mandaat", "financien"], sections.Select(s => s.Aspect));
    }

    [Fact]
    public void Numbered_list_items_are_not_headings()
    {
        var sections = Segment("""
            Militaire aspecten

            De bijdrage bestaat uit:

            1. Een force protection-compagnie

            2. Een staf van zes officieren

            Deze eenheden worden ingezet in Erbil.
            """);

        Assert.Equal(["Militaire aspecten"], sections.Select(s => s.Heading));
    }

    [Fact]
    public void Signature_and_closing_lines_are_not_headings()
    {
        var sections = Segment("""
            Financiën

            De kosten bedragen 19,5 miljoen euro.

            De Minister van Defensie,
            K.H. Ollongren

            Hoogachtend

            Bijlage bij deze brief.
            """);

        Assert.Equal(["Financiën"], sections.Select(s => s.Heading));
    }

    [Fact]
    public void Table_cells_are_not_headings()
    {
        var sections = Segment("""
            Financiën

            De uitgaven zijn als volgt.

            2022

            2023

            19,5

            De bedragen zijn in miljoenen euro.
            """);

        Assert.Equal(["Financiën"], sections.Select(s => s.Heading));
    }

    [Fact]
    public void Body_of_a_section_runs_to_the_next_heading_of_its_level()
    {
        var text = Normalize("""
            Risico's

            De risico's zijn beperkt.

            Medisch

            Er is medische zorg ter plaatse.
            """);

        var sections = new HeadingSegmenter().Segment(text, new DocumentIdentity { Kind = DocumentKind.Artikel100 }).Sections;

        Assert.Equal("De risico's zijn beperkt.", sections[0].BodySpan.Slice(text.Text).Trim());
        Assert.Equal("Er is medische zorg ter plaatse.", sections[1].BodySpan.Slice(text.Text));
    }

    private static NormalizedText Normalize(string source) => new KamerstukNormalizer().Normalize(SourceText.SinglePage(source, "txt"));

    private static IReadOnlyList<Section> Segment(string source) =>
        new HeadingSegmenter().Segment(Normalize(source), new DocumentIdentity { Kind = DocumentKind.Artikel100 }).Sections;
}
