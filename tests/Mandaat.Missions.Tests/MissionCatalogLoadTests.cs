namespace Mandaat.Missions.Tests;

/// <summary>
/// An override file adds missions and replaces shipped ones by id; a named file that cannot be used is an
/// error that names it, never the shipped catalogue alone in silence.
/// </summary>
public sealed class MissionCatalogLoadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-missions-").FullName;

    [Fact]
    public void An_override_adds_new_missions_and_replaces_shipped_ones_in_their_place()
    {
        var shipped = MissionCatalog.Load();
        var file = Write("""
            {"missions": [
              {"id": "zeemeeuw", "name": "Operatie Zeemeeuw", "aliases": ["Zeemeeuw"], "dossiers": ["99999"]},
              {"id": "minusma", "name": "VN-missie in Mali", "aliases": ["MINUSMA-missie"]}
            ]}
            """);

        var catalog = MissionCatalog.Load(file);

        Assert.Equal([.. shipped.Missions.Select(m => m.Id), "zeemeeuw"], catalog.Missions.Select(m => m.Id));
        Assert.Equal("VN-missie in Mali", catalog.Find("minusma")!.Name);
        Assert.Equal(["99999"], catalog.Find("Zeemeeuw")!.Dossiers);
        Assert.Equal(
            [("zeemeeuw", 4), ("minusma", 19)],
            catalog.Mentions("Bij Zeemeeuw en de MINUSMA-missie; MINUSMA alleen niet meer.").Select(m => (m.Mission.Id, m.Offset)));
    }

    [Fact]
    public void Without_an_override_the_catalogue_is_the_shipped_one()
    {
        Assert.Equal(MissionCatalog.Load().Missions.Select(m => m.Id), MissionCatalog.Load(" ").Missions.Select(m => m.Id));
        Assert.Contains(MissionCatalog.Load().Missions, m => m.Id == "anti-isis");
    }

    [Fact]
    public void A_named_file_that_does_not_exist_is_an_error_naming_it()
    {
        var missing = Path.Combine(_folder, "no-such-missions.json");

        var error = Assert.Throws<MissionCatalogException>(() => MissionCatalog.Load(missing));

        Assert.Equal($"the mission catalogue '{missing}' does not exist", error.Message);
    }

    [Theory]
    [InlineData("{\"missions\": [", "is not valid JSON")]
    [InlineData("{\"missies\": []}", "has no \"missions\" list")]
    [InlineData("[]", "is not valid JSON")]
    [InlineData("{\"missions\": [{\"id\": \"x\", \"name\": \"X\"}, {\"name\": \"Zonder id\"}]}", "mission 2 has no \"id\" or no \"name\"")]
    public void A_malformed_file_is_an_error_naming_it_and_what_is_wrong(string json, string problem)
    {
        var file = Write(json);

        var error = Assert.Throws<MissionCatalogException>(() => MissionCatalog.Load(file));

        Assert.StartsWith($"the mission catalogue '{file}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(_folder, $"missions-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
