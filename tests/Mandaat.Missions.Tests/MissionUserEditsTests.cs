namespace Mandaat.Missions.Tests;

/// <summary>
/// A user's merges and renames (<see cref="MissionUserFile"/>), written to a real file and read back through
/// <see cref="MissionCatalog.Load"/>: a merged mission is found by its old id and names, a renamed one keeps its
/// old name as an alias, and an edit naming no mission changes nothing.
/// </summary>
public sealed class MissionUserEditsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-missions-").FullName;

    [Fact]
    public void A_merge_moves_names_and_dossiers_into_the_other_mission_and_keeps_the_old_id_findable()
    {
        var file = Catalogue("""{"missions": [{"id": "zeemeeuw", "name": "Operatie Zeemeeuw", "aliases": ["Zeemeeuw"], "dossiers": ["99999"]}]}""");

        var merge = MissionUserFile.Merge(file, "Zeemeeuw", "atalanta");
        var catalog = MissionCatalog.Load(file);

        Assert.Equal(new MissionMerge("zeemeeuw", "atalanta"), merge);
        Assert.DoesNotContain(catalog.Missions, m => m.Id == "zeemeeuw");
        Assert.Equal("atalanta", catalog.Find("zeemeeuw")?.Id);
        Assert.Contains("99999", catalog.Find("atalanta")!.Dossiers);
        Assert.Equal(["atalanta", "atalanta"], catalog.Mentions("Zeemeeuw en Atalanta.").Select(m => m.Mission.Id));
    }

    [Fact]
    public void A_rename_gives_the_new_name_and_the_old_one_still_finds_the_mission()
    {
        var file = Catalogue("""{"missions": []}""");
        var before = MissionCatalog.Load().Find("isaf")!.Name;

        MissionUserFile.Rename(file, "uruzgan", "Task Force Uruzgan (ISAF)");
        var catalog = MissionCatalog.Load(file);

        Assert.Equal("Task Force Uruzgan (ISAF)", catalog.Find("isaf")!.Name);
        Assert.Equal("isaf", catalog.Find(before)?.Id);
    }

    [Theory]
    [InlineData("bestaat-niet", "atalanta", "no mission 'bestaat-niet'")]
    [InlineData("atalanta", "EU NAVFOR Somalia", "are one mission")]
    public void A_merge_naming_no_mission_or_one_mission_twice_is_an_error_and_leaves_the_file_as_it_was(string from, string into, string problem)
    {
        var file = Catalogue("""{"missions": []}""");
        var before = File.ReadAllText(file);

        var error = Assert.Throws<MissionCatalogException>(() => MissionUserFile.Merge(file, from, into));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(file));
    }

    [Fact]
    public void A_hand_written_merge_of_an_unknown_mission_makes_the_file_an_error_naming_it()
    {
        var file = Catalogue("""{"merges": [{"from": "geen", "into": "atalanta"}]}""");

        var error = Assert.Throws<MissionCatalogException>(() => MissionCatalog.Load(file));

        Assert.Contains($"the mission catalogue '{file}': merge names the mission \"geen\"", error.Message, StringComparison.Ordinal);
    }

    private string Catalogue(string json)
    {
        var file = Path.Combine(_folder, "missies.json");
        File.WriteAllText(file, json);
        return file;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
