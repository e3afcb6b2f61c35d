using Mandaat.Core.Facts;

namespace Mandaat.Missions.Tests;

/// <summary>
/// Which missions a document concerns (<see cref="MissionLinker"/>) and which a fact counts for
/// (<see cref="MissionAttribution"/>), on a catalogue where dossier 111 is MINUSMA's alone and 222 is
/// shared by NMI and CBMI.
/// </summary>
public sealed class MissionLinkingTests
{
    private static readonly MissionLinker Linker = new(new MissionCatalog(
    [
        new Mission("minusma", "VN-missie in Mali", ["MINUSMA"], [], ["111"], []),
        new Mission("nmi", "NATO Mission Iraq", ["NMI", "NAVO-missie in Irak"], [], ["222"], []),
        new Mission("cbmi", "Capacity Building Mission Iraq", ["CBMI"], [], ["222"], []),
    ]));

    [Fact]
    public void A_mission_named_twice_or_once_in_its_own_dossier_is_linked_and_one_mention_elsewhere_is_not()
    {
        var links = Linker.Link(
        [
            Document("twice", null, "MINUSMA in Mali. Over MINUSMA meer."),
            Document("own-dossier", "111", "Over MINUSMA."),
            Document("once", "222", "Over MINUSMA."),
        ]);

        Assert.Equal(["minusma"], links["twice"]);
        Assert.Equal(["minusma"], links["own-dossier"]);
        Assert.Empty(links["once"]);
    }

    [Fact]
    public void A_document_naming_no_mission_takes_its_dossiers_only_mission_or_those_of_the_letters_it_cites()
    {
        var links = Linker.Link(
        [
            Document("kst-111-1", "111", "Een brief zonder naam."),
            Document("kst-222-2", "222", "De NAVO-missie in Irak. NMI gaat door."),
            Document("kst-222-3", "222", "Een brief zonder naam.", new ReferenceFact("222", "2", null) { Quote = "Kamerstuk 222, nr. 2" }),
            Document("kst-222-4", "222", "Een brief zonder naam en zonder verwijzing."),
        ]);

        Assert.Equal(["minusma"], links["kst-111-1"]);
        Assert.Equal(["nmi"], links["kst-222-3"]);
        Assert.Empty(links["kst-222-4"]);
    }

    [Fact]
    public void An_untagged_commitment_is_on_every_mission_of_its_letter_and_an_untagged_figure_counts_for_the_first()
    {
        var untagged = new PersonnelFact(40, null, null) { Quote = "40 militairen" };
        var tagged = untagged with { Missions = ["nmi"] };
        IReadOnlyList<string> letter = ["anti-isis", "nmi"];

        Assert.Equal(letter, MissionAttribution.MissionsOf(untagged, letter));
        Assert.Equal(["nmi"], MissionAttribution.MissionsOf(tagged, letter));
        Assert.True(MissionAttribution.CountsFor(untagged, "anti-isis", letter));
        Assert.False(MissionAttribution.CountsFor(untagged, "nmi", letter));
        Assert.True(MissionAttribution.CountsFor(tagged, "nmi", letter));
        Assert.False(MissionAttribution.CountsFor(untagged, "anti-isis", []));
    }

    [Fact]
    public void A_mission_the_opening_names_ranks_before_one_the_body_names_more_often()
    {
        // After the real list of questions on the evaluation of Atalanta and Ocean Shield (29 521, nr. 277), whose
        // answers name the vessel protection detachments (VPD's) more often than the operations of its opening.
        var linker = new MissionLinker(new MissionCatalog(
        [
            new Mission("atalanta", "EU-operatie Atalanta", ["Atalanta"], [], ["29521"], []),
            new Mission("vpd", "Vessel Protection Detachments", ["VPD"], [], ["29521"], []),
        ]));
        var opening = "29 521 Nederlandse deelname aan vredesmissies\n\nNr. 277 LIJST VAN VRAGEN EN ANTWOORDEN\n\nDe vaste commissie "
            + "voor Defensie heeft vragen voorgelegd over de brief inzake de evaluatie van de Nederlandse inzet in de antipiraterijoperatie Atalanta.\n\n";
        var body = new string('.', 700) + " Naast VPD’s aan boord. De inzet van VPD’s is mogelijk.";

        var links = linker.Link([Document("kst-29521-277", "29521", opening + body), Document("body-only", "29521", body + " Over Atalanta.")]);

        Assert.Equal(["atalanta", "vpd"], links["kst-29521-277"]);
        Assert.Equal(["vpd", "atalanta"], links["body-only"]);
    }

    [Fact]
    public void An_acronym_spoken_as_a_word_is_found_with_one_capital()
    {
        var catalog = new MissionCatalog([new Mission("kfor", "KFOR", ["KFOR"], [], [], []), new Mission("vpd", "VPD", ["VPD"], [], [], [])]);

        Assert.Equal(["kfor", "kfor"], catalog.Mentions("De Kfor en de KFOR.", null).Select(m => m.Mission.Id));
        Assert.Empty(catalog.Mentions("Vpd en kfor.", null));
    }

    private static DocumentEvidence Document(string id, string? dossier, string text, params Fact[] facts) => new(id, dossier, text, facts);
}
