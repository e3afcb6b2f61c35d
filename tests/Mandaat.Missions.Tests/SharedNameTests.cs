namespace Mandaat.Missions.Tests;

/// <summary>
/// A name several missions share ("EUFOR", "Patriot") is read as one of them: the one whose period holds the
/// document's date when that is one mission alone, else the one whose region the text names, else by date alone.
/// </summary>
public sealed class SharedNameTests
{
    private static readonly Mission Bosnia = Shared("eufor-bosnie", "Bosnië-Herzegovina", "2004-12", "2008-12");
    private static readonly Mission Chad = Shared("eufor-tsjaad", "Tsjaad", "2008-03", "2009-03");
    private static readonly MissionCatalog Catalog = new([Chad, Bosnia]);

    [Fact]
    public void An_undated_text_reads_the_shared_name_as_the_mission_of_the_place_it_names()
    {
        Assert.Equal(["eufor-bosnie"], Ids("Het Nederlandse contingent van EUFOR verlaat Bosnië-Herzegovina.", null));
        Assert.Equal(["eufor-tsjaad"], Ids("EUFOR beschermt vluchtelingen in Tsjaad.", null));
    }

    [Fact]
    public void An_undated_text_naming_no_place_keeps_the_first_mission_listing_the_name() =>
        Assert.Equal(["eufor-tsjaad"], Ids("Het contingent van EUFOR keert terug.", null));

    [Fact]
    public void A_date_that_one_mission_alone_holds_outweighs_a_place_named_in_passing() =>
        Assert.Equal(["eufor-tsjaad"], Ids("EUFOR, net als eerder in Bosnië-Herzegovina, begint in het oosten.", new DateOnly(2009, 2, 1)));

    [Fact]
    public void When_several_missions_run_at_the_date_the_place_decides() =>
        Assert.Equal(["eufor-bosnie"], Ids("EUFOR patrouilleert in Bosnië-Herzegovina.", new DateOnly(2008, 6, 1)));

    [Fact]
    public void The_plain_scan_without_a_date_still_reports_the_first_mission_listing_the_name() =>
        Assert.Equal(["eufor-tsjaad"], Catalog.Mentions("EUFOR in Bosnië-Herzegovina.").Select(m => m.Mission.Id));

    private static List<string> Ids(string text, DateOnly? date) => Catalog.Mentions(text, date).Select(m => m.Mission.Id).ToList();

    private static Mission Shared(string id, string region, string start, string? end) =>
        new(id, id, ["EUFOR"], [], [], [region]) { Period = MissionPeriod.Parse(start, end) };
}
