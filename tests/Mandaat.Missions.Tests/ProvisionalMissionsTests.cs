namespace Mandaat.Missions.Tests;

/// <summary>An operation a decision letter contributes to that no catalogue lists becomes a provisional mission (<see cref="ProvisionalMissions"/>).</summary>
public sealed class ProvisionalMissionsTests
{
    private static readonly MissionCatalog Shipped = MissionCatalog.Load();

    [Theory]
    [InlineData("Het kabinet heeft besloten tot een bijdrage aan operatie Zeemeeuw in de Noordzee.", "voorlopig-zeemeeuw", "operatie Zeemeeuw", null)]
    [InlineData("Nederland levert twee stafofficieren aan de EU-missie EUCAP Noordwind.", "voorlopig-eucap-noordwind", "EU-missie EUCAP Noordwind", "EU")]
    [InlineData("Het kabinet besluit tot deelname aan de NAVO-operatie Brilliant Shield.", "voorlopig-brilliant-shield", "NAVO-operatie Brilliant Shield", "NAVO")]
    public void A_contribution_to_an_unknown_operation_becomes_a_provisional_mission(string text, string id, string name, string? lead)
    {
        var mission = Assert.Single(ProvisionalMissions.Find(text, Shipped, new DateOnly(2025, 3, 4)));

        Assert.Equal(id, mission.Id);
        Assert.Equal(name, mission.Name);
        Assert.Equal(lead, mission.Lead);
        Assert.True(mission.Provisional);
        Assert.Equal(new DateOnly(2025, 3, 1), mission.Period.Start);
        Assert.Equal([(id, text.IndexOf(name, StringComparison.Ordinal))], new MissionCatalog([mission]).Mentions(text).Select(m => (m.Mission.Id, m.Offset)));
    }

    [Theory]
    [InlineData("Het kabinet besluit tot een bijdrage aan operatie Atalanta.")]
    [InlineData("Nederland blijft bijdragen aan de EU-missie EUTM Mali.")]
    [InlineData("Het betreft de EU-missie in Mali en de missie van de VN.")]
    [InlineData("Een bijdrage aan de operatie is niet aan de orde.")]
    // Sentences of real papers as their texts print them (the composed bench corpus made provisional missions of them):
    // a heading before the next paragraph, a name cut off at a page's end, a state, a known name that follows.
    [InlineData("Doel van de missie\n\nHet betreft een Nederlandse bijdrage aan de strijd tegen ISIS.")]
    [InlineData("over de inzet van de Koninklijke Marine bij de EU-operatie At\n\nDe griffier van de vaste commissie voor Defensie")]
    [InlineData("het leveren van de Force Commander en een eenheid transporthelikopters voor de NAVO-missie Irak vanaf mei 2024")]
    [InlineData("van de Nederlandse artikel-100 bijdrage aan de VN-missie UN Multidimensional Integrated Stabilisation Mission (MINUSMA) in Mali")]
    [InlineData("Het kabinet besluit tot een bijdrage aan de missie De Kamer wordt hierover nader geïnformeerd.")]
    public void A_known_operation_or_no_name_is_no_provisional_mission(string text) =>
        Assert.Empty(ProvisionalMissions.Find(text, Shipped, null));
}
