using Mandaat.Core.Text;

namespace Mandaat.Normalize.Tests;

/// <summary>Reflow rules on small texts shaped like the extractions of the genre.</summary>
public sealed class LayoutTests
{
    [Fact]
    public void Double_spaced_text_joins_lines_across_single_empty_lines()
    {
        const string source = "De Nederlandse inzet in Irak heeft als doelstelling het bestendigen van behaalde\n\n"
            + "resultaten in de strijd tegen ISIS en het versterken van de Iraakse\n\n"
            + "veiligheidssector, in het kader van de bevordering van de internationale\n\n"
            + "rechtsorde.\n\n \n\nMandaat\n\n \n\nDe rechtsgrond voor optreden van Nederlandse militairen in Irak is het Iraakse\n\n"
            + "verzoek aan de VN.";

        var text = Normalize(source);

        Assert.Equal(
            "De Nederlandse inzet in Irak heeft als doelstelling het bestendigen van behaalde resultaten in de strijd tegen ISIS en het versterken van de Iraakse veiligheidssector, in het kader van de bevordering van de internationale rechtsorde.\n\n"
            + "Mandaat\n\nDe rechtsgrond voor optreden van Nederlandse militairen in Irak is het Iraakse verzoek aan de VN.",
            text);
    }

    [Fact]
    public void One_empty_line_between_short_paragraphs_is_a_paragraph_break()
    {
        var text = Normalize("Vraag 1: Hoeveel?\n\nAntwoord 1: Veel.\n\nVraag 2: Wanneer?\n\nAntwoord 2: Nu.");

        Assert.Equal("Vraag 1: Hoeveel?\n\nAntwoord 1: Veel.\n\nVraag 2: Wanneer?\n\nAntwoord 2: Nu.", text);
    }

    [Fact]
    public void Bare_page_number_inside_a_sentence_is_removed()
    {
        var text = Normalize("De inzet van de F-16's wordt voortgezet tot het einde van\n\n7\n\nhet jaar.");

        Assert.Equal("De inzet van de F-16's wordt voortgezet tot het einde van het jaar.", text);
    }

    [Fact]
    public void List_items_start_their_own_paragraph()
    {
        var text = Normalize("Het kabinet heeft besloten:\n- de bijdrage te verlengen;\n- de inzet af te bouwen.");

        Assert.Equal("Het kabinet heeft besloten:\n\n- de bijdrage te verlengen;\n\n- de inzet af te bouwen.", text);
    }

    [Fact]
    public void A_web_pages_table_rows_address_and_date_stand_on_their_own()
    {
        var text = Normalize("Datum publicatie | Organisatie | Vergaderjaar |\n---|---|---|\n| Tweede Kamer der Staten-Generaal | 2023-2024 | 29521 nr. 480 |\n"
            + "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 6 april 2024\nIn overeenstemming met artikel 100 van de Grondwet informeren wij u over het besluit.");

        Assert.Equal(
            "Datum publicatie | Organisatie | Vergaderjaar |\n\n---|---|---|\n\n| Tweede Kamer der Staten-Generaal | 2023-2024 | 29521 nr. 480 |\n\n"
            + "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 6 april 2024\n\nIn overeenstemming met artikel 100 van de Grondwet informeren wij u over het besluit.",
            text);
    }

    [Fact]
    public void A_sentence_with_a_bar_or_a_place_name_runs_on()
    {
        var text = Normalize("De kosten bedragen | naar schatting | 20 miljoen euro en worden\ngedragen door Den Haag, 6 april 2024 besloten.");

        Assert.Equal("De kosten bedragen | naar schatting | 20 miljoen euro en worden gedragen door Den Haag, 6 april 2024 besloten.", text);
    }

    private static string Normalize(string source) => new KamerstukNormalizer().Normalize(SourceText.SinglePage(source, "txt")).Text;
}
