using Mandaat.Segment.Aspects;

namespace Mandaat.Segment.Tests;

/// <summary>Heading variants against the Toetsingskader aspects: each row says why it maps, or why it must not.</summary>
public sealed class AspectCatalogTests
{
    [Theory]
    [InlineData("Gronden voor deelneming", "gronden", "seen variant")]
    [InlineData("Gronden voor deelname", "gronden", "deelname and deelneming are the same")]
    [InlineData("GRONDEN", "gronden", "case is ignored")]
    [InlineData("2. Gronden", "gronden", "numbering is ignored")]
    [InlineData("3.1 Mandaat:", "mandaat", "sub-numbering and trailing colon are ignored")]
    [InlineData("Rechtsgrondslag en mandaat", "mandaat", "seen variant")]
    [InlineData("Volkenrechtelijk mandaat", "mandaat", "expected variant")]
    [InlineData("Financiën", "financien", "diacritics are folded")]
    [InlineData("Financien", "financien", "typed without diaeresis")]
    [InlineData("Financiële aspecten", "financien", "expected variant")]
    [InlineData("Kosten", "financien", "expected variant")]
    [InlineData("Risico’s", "risicos", "curly apostrophe")]
    [InlineData("Risico's", "risicos", "straight apostrophe")]
    [InlineData("Risicoanalyse", "risicos", "expected variant")]
    [InlineData("(Na)zorg", "nazorg", "brackets are dropped")]
    [InlineData("Nazorg", "nazorg", "expected variant")]
    [InlineData("Bevelstructuur", "commandovoering", "seen synonym")]
    [InlineData("Commandostructuur", "commandovoering", "expected synonym")]
    [InlineData("Veiligheidsontwikkelingen", "veiligheidssituatie", "seen variant")]
    [InlineData("Nederlandse invloed", "invloed", "a leading 'Nederlandse' is ignored")]
    [InlineData("Nederlandse militaire bijdrage", "militaire-aspecten", "expected variant")]
    [InlineData("Nederlandse militaire inspanningen", "militaire-aspecten", "seen in a progress report")]
    [InlineData("Duur van de deelneming", "duur", "seen variant")]
    [InlineData("Duur en exit-strategie", "duur", "hyphen is folded")]
    [InlineData("Gevolgen voor gereedheid en geoefendheid", "geschiktheid-beschikbaarheid", "seen variant")]
    [InlineData("Politiek", "politieke-aspecten", "seen as a sub-heading of a progress report")]
    [InlineData("Politieke aspecten en ontwikkelingssamenwerking", "politieke-aspecten", "seen variant")]
    [InlineData("Ontwikkelingssamenwerking en stabiliteitsinzet", "ontwikkelingssamenwerking", "seen variant")]
    [InlineData("Geïntegreerde benadering", "ontwikkelingssamenwerking", "expected variant")]
    [InlineData("Vrouwen, vrede en veiligheid", "gender", "expected variant, comma ignored")]
    [InlineData("Humanitaire hulp", "humanitair", "seen variant")]
    [InlineData("Monitoring en evaluatie", "evaluatie", "seen variant")]
    [InlineData("Risico op burgerslachtoffers", "burgerslachtoffers", "since 2022")]
    [InlineData("Medische aspecten", "medisch", "expected variant")]
    [InlineData("Militaire haalbaarheid", "haalbaarheid", "expected variant")]
    public void Heading_maps_to_aspect(string heading, string aspect, string reason)
    {
        Assert.True(AspectCatalog.Default.AspectOf(heading) == aspect, $"{heading} → {aspect}: {reason}");
    }

    [Theory]
    [InlineData("Essentie", "lead section, not an aspect")]
    [InlineData("Inleiding", "lead section, not an aspect")]
    [InlineData("Kern van het besluit", "lead section, not an aspect")]
    [InlineData("Contextanalyse", "not an aspect unless clearly the political analysis")]
    [InlineData("Overige militaire inzet", "sub-heading that only contains an aspect word")]
    [InlineData("Politieke ontwikkelingen", "sub-heading under Politieke aspecten")]
    [InlineData("Inzet van F-16’s", "component sub-heading")]
    [InlineData("Civiele en politieke inzet", "sub-heading under Samenhang")]
    [InlineData("Situatie in de KAR", "regional sub-heading")]
    [InlineData("Mandaatgebied", "compound that starts with an aspect word")]
    [InlineData("Duurzame ontwikkeling", "starts like 'Duur' but is another word")]
    [InlineData("Risico's voor de bevolking", "longer heading that starts with an aspect word")]
    [InlineData("Stand van zaken strijd tegen ISIS in Irak", "progress report sub-heading")]
    [InlineData("Nederlandse bijdrage aan de NAVO-missie in Irak", "component heading")]
    [InlineData("Financiële bijdrage aan UNDP", "money sub-heading, not the finance aspect")]
    [InlineData("", "empty")]
    public void Heading_does_not_map(string heading, string reason)
    {
        Assert.True(AspectCatalog.Default.AspectOf(heading) is null, $"{heading}: {reason}");
    }

    [Fact]
    public void Catalog_holds_every_aspect_of_the_framework()
    {
        string[] expected =
        [
            "burgerslachtoffers", "commandovoering", "deelnemende-landen", "duur", "evaluatie", "financien", "gender",
            "geschiktheid-beschikbaarheid", "gronden", "haalbaarheid", "humanitair", "invloed", "mandaat", "medisch",
            "mensenrechten", "militaire-aspecten", "nationale-veiligheid", "nazorg", "ontwikkelingssamenwerking",
            "politieke-aspecten", "risicos", "samenhang", "veiligheidssituatie",
        ];

        Assert.Equal(expected, AspectCatalog.Default.Aspects.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Catalog_can_be_extended_from_json()
    {
        var catalog = AspectCatalog.FromJson("""{"aspects": {"cyber": ["Cyberaspecten", "Digitale dreiging"]}}""");

        Assert.Equal("cyber", catalog.AspectOf("4. Digitale dreiging"));
        Assert.Null(catalog.AspectOf("Mandaat"));
    }
}
