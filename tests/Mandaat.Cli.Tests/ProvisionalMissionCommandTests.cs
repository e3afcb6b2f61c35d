using System.Text;

namespace Mandaat.Cli.Tests;

/// <summary>
/// An artikel 100-brief on an operation no catalogue lists, through the real CLI process: <c>missions</c> shows it
/// as a provisional mission with the letter and its personnel cap, and <c>mission merge</c> folds it into a known
/// mission through the user's file, after which the letter belongs to that mission.
/// </summary>
public sealed class ProvisionalMissionCommandTests : IDisposable
{
    private const string Letter = """
        Tweede Kamer der Staten-Generaal
        29 521 Nederlandse deelname aan vredesmissies
        Nr. 999 BRIEF VAN DE MINISTERS VAN DEFENSIE EN VAN BUITENLANDSE ZAKEN
        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
        Den Haag, 3 maart 2025

        In overeenstemming met artikel 100 van de Grondwet informeert het kabinet u over het besluit tot een bijdrage aan operatie Zeemeeuw.

        Nederland levert aan operatie Zeemeeuw maximaal 40 militairen voor de duur van een jaar.
        """;

    private readonly CliWorkspace _workspace = new();

    [Fact]
    public void A_letter_contributing_to_an_unknown_operation_makes_a_provisional_mission_that_a_merge_folds_into_a_known_one()
    {
        var letter = _workspace.Write("zeemeeuw.txt", Encoding.UTF8.GetBytes(Letter));
        var catalogue = _workspace.Write("missies.json", Encoding.UTF8.GetBytes("""{"missions": []}"""));
        _workspace.Environment["MANDAAT_MISSIONS"] = catalogue;

        var ingest = _workspace.Run("ingest", letter);
        var missions = _workspace.Run("missions", "--json");
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        Assert.True(missions.ExitCode == 0, missions.Stderr);
        var provisional = missions.Json.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "voorlopig-zeemeeuw");
        Assert.True(provisional.GetProperty("provisional").GetBoolean());
        Assert.Equal(40, provisional.GetProperty("max_personnel").GetInt32());

        var merge = _workspace.Run("mission", "merge", "voorlopig-zeemeeuw", "atalanta");
        var atalanta = _workspace.Run("mission", "atalanta", "--json");
        var after = _workspace.Run("missions", "--json");

        Assert.True(merge.ExitCode == 0, merge.Stderr);
        Assert.True(atalanta.ExitCode == 0, atalanta.Stderr);
        Assert.Single(atalanta.Json.GetProperty("mission").GetProperty("documents").EnumerateArray());
        Assert.DoesNotContain(after.Json.EnumerateArray(), m => m.GetProperty("id").GetString() == "voorlopig-zeemeeuw");
    }

    public void Dispose() => _workspace.Dispose();
}
