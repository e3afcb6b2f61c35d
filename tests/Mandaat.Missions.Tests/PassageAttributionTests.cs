using System.Text;
using Mandaat.Core.Facts;
using Mandaat.Pipeline;

namespace Mandaat.Missions.Tests;

/// <summary>
/// A fact belongs to the mission its passage is about (<see cref="MissionTagger"/>), through the real pipeline:
/// a letter on several missions splits its facts between them instead of giving every fact to every mission.
/// </summary>
public sealed class PassageAttributionTests
{
    private const string Letter = """
        Kamerstuk 27925, nr. 999

        Den Haag, 1 oktober 2022

        Hierbij informeren wij u over de Nederlandse bijdrage aan de strijd tegen ISIS en aan de NAVO-missie in Irak.

        1. NATO Mission Iraq

        Nederland levert aan NMI maximaal 120 militairen.

        Daarnaast worden drie helikopters ingezet voor transport van de adviseurs.

        2. Anti-ISIS-coalitie

        Binnen de anti-ISIS-coalitie levert Nederland maximaal 6 stafofficieren.

        Het kabinet zet hiervoor twee F-16's in.
        """;

    private static readonly MissionCatalog Catalog = MissionCatalog.Load();

    [Fact]
    public void A_letter_on_two_missions_gives_each_paragraphs_facts_to_its_own_mission_only()
    {
        var facts = Process(Letter);

        Assert.Equal(["nmi"], Personnel(facts, 120));
        Assert.Equal(["anti-isis"], Personnel(facts, 6));
        var assets = facts.OfType<AssetFact>().ToList();
        Assert.Equal(["nmi"], assets.Single(a => a.Count == 3).Missions!);
        Assert.Equal(["anti-isis"], assets.Single(a => a.Count == 2).Missions!);
    }

    [Fact]
    public void On_a_real_letter_on_three_missions_in_iraq_each_personnel_figure_goes_to_one_mission()
    {
        var facts = Process(File.ReadAllText(Path.Combine(RepoPaths.Samples, "002_151bdeb5c6da5471.txt")));

        var personnel = facts.OfType<PersonnelFact>().ToList();
        Assert.NotEmpty(personnel);
        Assert.All(personnel, p => Assert.Single(p.Missions ?? []));
        Assert.Contains(personnel, p => p.Missions![0] == "nmi");
        Assert.Contains(personnel, p => p.Missions![0] == "euam-iraq");
        Assert.Contains(personnel, p => p.Missions![0] == "anti-isis");
    }

    [Fact]
    public void A_figure_between_brackets_belongs_to_the_mission_the_brackets_follow()
    {
        // A real sentence of the Atalanta extension letter (tests/data/realworld/koop-kst-29521-x).
        var facts = Process("""
            Kamerstuk 29521, nr. 998

            Den Haag, 1 oktober 2016

            In het kader van een geïntegreerde aanpak van piraterij wordt ook de Nederlandse bijdrage aan EUTM Somalië (maximaal 15 militairen) en aan EUCAP Nestor (maximaal 10 civiele experts) voortgezet.

            Daarnaast leveren beide missies (EUTM Somalië en EUCAP Nestor samen) 25 adviseurs aan de Somalische autoriteiten.
            """);

        Assert.Equal(["eutm-somalia"], Personnel(facts, 15));
        Assert.Equal(["eucap-somalia"], Personnel(facts, 10));
        // Brackets after the sentence's words name both missions and hand the figure after them to both.
        Assert.Equal(["eutm-somalia", "eucap-somalia"], Personnel(facts, 25));
    }

    private static IReadOnlyList<string>? Personnel(IReadOnlyList<Fact> facts, int count) =>
        facts.OfType<PersonnelFact>().Single(p => p.Count == count).Missions;

    private static IReadOnlyList<Fact> Process(string text) =>
        DefaultPipeline.CreateProcessor(Catalog).Process(Encoding.UTF8.GetBytes(text), "brief.txt").Value.Facts;
}
