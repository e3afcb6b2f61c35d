namespace Mandaat.Readers.Tests;

/// <summary>The synthetic Kamerstuk XML (tests/data/synthetic, shaped after FORMATS.md §2c) read as the printed paper.</summary>
public sealed class KamerstukXmlTests
{
    private static readonly string Text = ReaderRegistry.Default.Read(RepoPaths.Synthetic("kst-27925-999.xml")).Value.Text;

    [Fact]
    public void First_line_is_the_printed_footer_with_the_first_dossier_and_an_en_dash()
    {
        Assert.Equal("Tweede Kamer, vergaderjaar 2024–2025, 27 925, nr. 999", Text.Split('\n')[0]);
    }

    [Theory]
    [InlineData("\n\nBRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE\n\nDen Haag, 20 februari 2025\n\n", "stuk titel, then datumtekst, each a paragraph")]
    [InlineData("anti-ISIS-coalitie in Irak en Syrië.", "a processing instruction inside a word is dropped and the word joined")]
    [InlineData("\n\nPolitieke context\n\n", "tussenkop is a paragraph of its own")]
    [InlineData("\n\n1. Militaire bijdrage\n\n", "divisie/kop prints nr and titel as one heading")]
    [InlineData("\n\na. een stafofficier;\nb. vier F-35 jachtvliegtuigen.\n\n", "list items one per line, with their number")]
    [InlineData("\n\nEenheid | Aantal\nStaf | 12\nTrainers | 150\n\n", "table row by row")]
    [InlineData("Tekst in een onbekend element blijft bewaard.", "unknown elements keep their text")]
    [InlineData("\n\nDe Minister van Defensie,\nR.P. Brekelmans\n\n", "ondertekening: functie line, then the name line")]
    [InlineData("De kosten bedragen € 25 miljoen en komen", "inline nadruk runs on in the sentence")]
    public void Renders_like_the_printed_paper(string expected, string reason)
    {
        Assert.True(Text.Contains(expected, StringComparison.Ordinal), $"{reason}: expected «{expected}» in\n{Text}");
    }

    [Fact]
    public void Footnotes_come_at_the_end_not_inside_the_sentence()
    {
        Assert.EndsWith("\n\n1 Kamerstuk 27 925, nr. 911.", Text);
        Assert.Contains("in Irak en Syrië.\n\n", Text);
    }

    [Fact]
    public void Eerste_Kamer_and_a_missing_kameraanduiding_use_the_ondernummer_chamber()
    {
        const string Xml = """
            <officiele-publicatie><kamerstuk>
              <kamerstukkop><tekstregel inhoud="vergaderjaar">Vergaderjaar 2023–2024</tekstregel></kamerstukkop>
              <dossier><dossiernummer><dossiernr>36 200</dossiernr></dossiernummer><titel>Begroting</titel></dossier>
              <stuk><stuknr>Nr. <ondernummer kamer="1">A</ondernummer></stuknr><titel>BRIEF</titel><al>Tekst.</al></stuk>
            </kamerstuk></officiele-publicatie>
            """;

        var outcome = new PublicationXmlReader().Read(System.Text.Encoding.UTF8.GetBytes(Xml), "kst-36200-A.xml");

        Assert.StartsWith("Eerste Kamer, vergaderjaar 2023–2024, 36 200, nr. A\n\n", outcome.Value.Text);
    }
}
