namespace Mandaat.Readers.Tests;

/// <summary>Each format reads its real fixture (synthetic only for Kamerstuk XML) and keeps the printed words.</summary>
public sealed class FixtureReadTests
{
    [Theory]
    [InlineData("pdf", "tk-resources/d7a5dc6c-3636-4acd-8630-96c14e97dcce.pdf", "MOTIE VAN HET LID CEDER", "Voorgesteld 10 april 2025", "staakt-het-vuren")]
    [InlineData("docx", "tk-resources/0787ced2-629a-4d32-ab8f-4b97a7680248.docx", "MOTIE VAN HET LID RIKKERS-OOSTERKAMP", "Voorgesteld 24 april 2025", "Wet kwaliteitsregistraties zorg")]
    [InlineData("docx", "tk-resources/09b97518-8d7c-4a90-a090-28e45bc44920.docx", "GEWIJZIGDE MOTIE VAN HET LID CLAASSEN", "Voorgesteld 22 april 2025", "groothandelsvergunning")]
    [InlineData("xml", "op-handelingen/h-tk-20172018-61-10.xml", "De heer Wörsdörfer (VVD):", "Zij krijgt nr. 199 (31311).", "Dutch Venture Initiative")]
    [InlineData("xml", "op-handelingen/h-tk-20172018-50-1.xml", "50e vergadering", "Voorzitter: Arib", "Yeşilgöz-Zegerius")]
    public void Real_fixture_reads_with_its_printed_words(string format, string fixture, string a, string b, string c)
    {
        var outcome = ReaderRegistry.Default.Read(RepoPaths.Fixture(fixture.Split('/')));

        Assert.True(outcome.Succeeded, outcome.Error);
        var text = outcome.Value;
        Assert.Equal(format, text.Format);
        Assert.Contains(a, text.Text);
        Assert.Contains(b, text.Text);
        Assert.Contains(c, text.Text);
        Assert.NotEmpty(text.Pages);
        Assert.Equal(0, text.Pages[0].Span.Start);
        Assert.True(text.Pages[^1].Span.End <= text.Text.Length);
    }

    [Fact]
    public void Pdf_lines_are_in_reading_order_and_the_footer_starts_its_own_line()
    {
        var text = ReaderRegistry.Default.Read(RepoPaths.Fixture("tk-resources", "d7a5dc6c-3636-4acd-8630-96c14e97dcce.pdf")).Value;
        var lines = text.Text.Split('\n');

        Assert.Single(text.Pages);
        Assert.Contains("Tweede Kamer, vergaderjaar 2024–2025, 21 501-02, nr. 3121", lines);
        Assert.Contains("Nr. 3121", lines);
        Assert.True(text.Text.IndexOf("De Kamer,", StringComparison.Ordinal) < text.Text.IndexOf("gehoord de beraadslaging", StringComparison.Ordinal));
        Assert.True(text.Text.IndexOf("verzoekt de regering", StringComparison.Ordinal) < text.Text.IndexOf("en gaat over tot de orde van de dag", StringComparison.Ordinal));
    }

    [Fact]
    public void Docx_paragraphs_are_separated_by_blank_lines()
    {
        var text = ReaderRegistry.Default.Read(RepoPaths.Fixture("tk-resources", "0787ced2-629a-4d32-ab8f-4b97a7680248.docx")).Value.Text;

        Assert.Contains("\n\nen gaat over tot de orde van de dag.\n\nRikkers-Oosterkamp", text);
        Assert.Contains("36 278 | Wijziging van de Wet kwaliteit", text);
    }

    [Fact]
    public void Handelingen_xml_starts_with_its_citation_and_drops_indentation()
    {
        var text = ReaderRegistry.Default.Read(RepoPaths.Fixture("op-handelingen", "h-tk-20172018-61-10.xml")).Value.Text;

        Assert.StartsWith("Handelingen II 2017/18, nr. 61, item 10\n\n", text);
        Assert.Contains("\n\nDe voorzitter:\n\n", text);
        Assert.DoesNotContain("\r", text);
        Assert.DoesNotContain("  ", text);
    }
}
