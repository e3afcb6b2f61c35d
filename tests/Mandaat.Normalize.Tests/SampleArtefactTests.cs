using System.Text.RegularExpressions;

namespace Mandaat.Normalize.Tests;

/// <summary>The real artefacts of the sample documents are removed and the text around them rejoined.</summary>
public sealed partial class SampleArtefactTests
{
    [Theory]
    [MemberData(nameof(Names))]
    public void No_page_footer_survives(string name)
    {
        var text = Samples.Normalized(name).Text;

        Assert.DoesNotMatch(FooterText(), text);
    }

    [Fact]
    public void Footer_inside_a_sentence_is_removed_and_the_sentence_rejoined()
    {
        var text = Samples.Normalized(Samples.Name("001")).Text;

        Assert.Contains("Hervormingen zijn noodzakelijk met het oog op de terugval in olie-inkomsten", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_header_of_a_ministry_letter_is_removed_and_the_cut_sentence_rejoined()
    {
        var text = Samples.Normalized(Samples.Name("002")).Text;

        Assert.Contains("De Commandant der Strijdkrachten behoudt te allen tijde het uiteindelijke commando", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Onze Referentie", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("BZDOC", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Letterhead_on_the_first_page_stays()
    {
        var text = Samples.Normalized(Samples.Name("002")).Text;

        Assert.Contains("Datum 28 oktober 2022", text, StringComparison.Ordinal);
        Assert.Contains("\n\nBetreft Verlenging van de Nederlandse bijdrage aan de anti-ISIS-coalitie en de brede veiligheidsinzet in Irak in 2023\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Question_numbers_on_their_own_line_are_not_taken_for_page_numbers()
    {
        var normalized = Samples.Normalized(Samples.Name("003"));
        var numbers = normalized.Paragraphs
            .Select(p => p.Slice(normalized.Text))
            .Where(p => NumberOnly().IsMatch(p))
            .Select(int.Parse)
            .ToList();

        Assert.Equal(Enumerable.Range(1, 69), numbers);
    }

    [Fact]
    public void Page_turn_without_blank_line_keeps_the_sentence_together()
    {
        var text = Samples.Normalized(Samples.Name("000")).Text;

        Assert.Contains("naar Amerikaanse schatting, zes tot twaalf maanden duren.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_at_the_top_of_a_page_stands_alone()
    {
        var normalized = Samples.Normalized(Samples.Name("000"));
        var paragraphs = normalized.Paragraphs.Select(p => p.Slice(normalized.Text)).ToList();

        Assert.Contains("Invloed", paragraphs);
        Assert.Contains("(Na)zorg", paragraphs);
        Assert.Contains("Geschiktheid en beschikbaarheid", paragraphs);
    }

    public static TheoryData<string> Names() => Samples.Names();

    [GeneratedRegex(@"(?:Tweede|Eerste) Kamer, vergaderjaar")]
    private static partial Regex FooterText();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex NumberOnly();
}
