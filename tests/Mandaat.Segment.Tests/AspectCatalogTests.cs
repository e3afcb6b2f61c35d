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
    [InlineData("Politieke ontwikkelingen", "politieke-aspecten", "a section of its own in progress reports (under Politieke aspecten it is no second one)")]
    [InlineData("Politieke ontwikkelingen- Algemeen", "politieke-aspecten", "followed by 'Algemeen'")]
    [InlineData("Veiligheidssituatie Oost-Tsjaad", "veiligheidssituatie", "followed by the place it is about")]
    [InlineData("Risicoanalyse voor KFOR-2", "risicos", "followed by 'voor' and the mission")]
    [InlineData("Doel van de missie", "gronden", "the aim of the mission is its grounds")]
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
    [InlineData("Veiligheidssituatie in het noorden", "a qualifier that is no name")]
    [InlineData("Mandaat en taken van de eenheid", "a longer heading with an aspect word first")]
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
    public void Catalog_holds_every_aspect_of_the_framework_in_its_order()
    {
        string[] expected =
        [
            "gronden", "politieke-aspecten", "veiligheidssituatie", "mandaat", "deelnemende-landen", "invloed",
            "militaire-aspecten", "commandovoering", "medisch", "nazorg", "haalbaarheid", "risicos",
            "geschiktheid-beschikbaarheid", "duur", "ontwikkelingssamenwerking", "gender", "samenhang",
            "nationale-veiligheid", "humanitair", "mensenrechten", "financien", "evaluatie", "burgerslachtoffers",
        ];

        Assert.Equal(expected, AspectCatalog.Default.Aspects.Select(a => a.Key));
    }

    [Fact]
    public void Every_aspect_has_a_title_headings_and_words_and_only_the_latest_a_start_date()
    {
        var aspects = AspectCatalog.Default.Aspects;

        Assert.All(aspects, a => Assert.True(a.Title.Length > 0 && a.Headings.Count > 0 && a.Words.Count > 0, a.Key));
        var dated = Assert.Single(aspects, a => a.Since is not null);
        Assert.Equal(("burgerslachtoffers", new DateOnly(2022, 4, 1), true), (dated.Key, dated.Since!.Value, dated.NewMissionsOnly));
    }

    [Fact]
    public void Catalog_can_be_built_from_json_of_the_same_shape()
    {
        var catalog = AspectCatalog.FromJson("""{"aspects": [{"key": "cyber", "title": "Cyber", "headings": ["Cyberaspecten", "Digitale dreiging"], "words": ["cyber"]}]}""");

        Assert.Equal("cyber", catalog.AspectOf("4. Digitale dreiging"));
        Assert.Null(catalog.AspectOf("Mandaat"));
        Assert.Equal(["cyber"], catalog.Aspects.Single().Words);
    }

    [Theory]
    [InlineData("De politieke situatie in Irak is uitvoerig beschreven.", "politieke-aspecten")]
    [InlineData("In deze brief wordt eerst de aanleiding geschetst.", null)]
    public void Contextanalyse_names_the_political_aspect_only_when_its_text_is_political(string opening, string? aspect)
    {
        Assert.Equal(aspect, AspectCatalog.Default.AspectOf("Contextanalyse", opening));
    }

    [Fact]
    public void A_heading_that_names_two_aspects_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AspectCatalog.FromJson(
            """{"aspects": [{"key": "a", "headings": ["Kosten"]}, {"key": "b", "headings": ["kosten"]}]}"""));

        Assert.Contains("'kosten' names two aspects, a and b", error.Message, StringComparison.Ordinal);
    }
}
