namespace Mandaat.Missions.Tests;

/// <summary>
/// The shipped reference list (missions.json): at least sixty deployments, each with the fields a researcher
/// needs and a public source, and names several missions share told apart by the date of the document.
/// </summary>
public sealed class ReferenceCatalogueTests
{
    private static readonly MissionCatalog Shipped = MissionCatalog.Load();

    [Fact]
    public void Holds_at_least_sixty_deployments_each_with_an_english_name_a_lead_a_start_and_a_source()
    {
        Assert.True(Shipped.Missions.Count >= 60, $"{Shipped.Missions.Count} missions");
        Assert.All(Shipped.Missions, m =>
        {
            Assert.False(string.IsNullOrWhiteSpace(m.NameEn), m.Id);
            Assert.Contains(m.Lead, (string[])["VN", "NAVO", "EU", "OVSE", "coalitie", "nationaal"]);
            Assert.NotNull(m.Period.Start);
            Assert.NotEmpty(m.Sources);
            Assert.All(m.Sources, s => Assert.StartsWith("http", s, StringComparison.Ordinal));
            Assert.False(m.Provisional, m.Id);
        });
    }

    [Theory]
    [InlineData("uruzgan", "isaf")]
    [InlineData("Dutchbat", "unprofor")]
    [InlineData("Kunduz police training mission", "kunduz")]
    [InlineData("EUNAVFOR MED Sophia", "sophia")]
    [InlineData("NATO Kosovo Force", "kfor")]
    public void Finds_a_mission_by_any_of_its_dutch_or_english_names(string name, string id) =>
        Assert.Equal(id, Shipped.Find(name)?.Id);

    [Theory]
    [InlineData(2003, 3, "patriot-turkije-2003")]
    [InlineData(2012, 12, "patriot-turkije-2013")]
    [InlineData(2014, 6, "patriot-turkije-2013")]
    [InlineData(2024, 6, "patriot-polen")]
    public void A_name_several_missions_share_is_the_one_of_the_documents_date(int year, int month, string id) =>
        Assert.Equal([id], Shipped.Mentions("De Patriot-systemen worden ingezet.", new DateOnly(year, month, 15)).Select(m => m.Mission.Id));

    [Fact]
    public void A_shared_name_far_from_every_period_it_could_mean_is_no_mention() =>
        Assert.Empty(Shipped.Mentions("De Patriot-systemen staan in Nederland.", new DateOnly(2008, 6, 1)));

    [Fact]
    public void A_region_is_read_as_the_mission_running_there_at_the_documents_date()
    {
        const string text = "De situatie in Kosovo. Over Kosovo meer.";

        Assert.Equal("allied-force", Shipped.RegionMentions(text, new DateOnly(1999, 4, 20))[0].Mission.Id);
        Assert.Equal("kfor", Shipped.RegionMentions(text, new DateOnly(2001, 4, 20))[0].Mission.Id);
    }

    [Fact]
    public void A_place_one_ended_mission_alone_lists_is_that_mission_in_a_paper_looking_back()
    {
        const string text = "Vragen over de val van Srebrenica. Wat gebeurde er in Srebrenica?";

        Assert.Equal([("unprofor", 2)], Shipped.RegionMentions(text, new DateOnly(2017, 1, 27)).Select(r => (r.Mission.Id, r.Count)));
        Assert.Equal([("unprofor", 2)], Shipped.RegionMentions(text, new DateOnly(1995, 7, 20)).Select(r => (r.Mission.Id, r.Count)));
        // Before the mission began, a place names no mission there yet.
        Assert.Empty(Shipped.RegionMentions(text, new DateOnly(1985, 1, 1)));
    }

    [Fact]
    public void The_gulf_war_of_1990_is_also_known_as_the_gulf_crisis() =>
        Assert.Equal(["golfoorlog-1991", "golfoorlog-1991"], Shipped.Mentions("De Golfcrisis. Nederland en de Golfcrisis.", new DateOnly(2003, 1, 1)).Select(m => m.Mission.Id));
}
