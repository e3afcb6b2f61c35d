using Mandaat.Core.Facts;
using Mandaat.Extract.Statements;

namespace Mandaat.Extract.Tests;

/// <summary>Legal-basis and commitment sentences in the prose of other deployments than the samples'.</summary>
public sealed class StatementExtractorTests
{
    [Theory]
    [InlineData("a Security Council resolution", "MINUSMA opereert onder VN-Veiligheidsraadresolutie 2100 en de opvolgende resoluties.", true)]
    [InlineData("a host-nation invitation", "De inzet vindt plaats op uitnodiging van de regering van Mali.", true)]
    [InlineData("a named legal ground", "De rechtsgrond voor de operatie is het recht op collectieve zelfverdediging.", true)]
    [InlineData("article 51", "De Verenigde Staten beroepen zich op artikel 51 van het VN-Handvest.", true)]
    [InlineData("a question restates, it does not state", "Wat is de rechtsgrond voor de inzet in de Rode Zee?", false)]
    [InlineData("an unrelated sentence", "Het fregat keert in december terug naar Den Helder.", false)]
    [InlineData("a Security Council resolution by its number, VNVR prefix", "Met instemming van de VN Veiligheidsraad (VNVR-Resolutie 1551 d.d. 9 juli 2004) besloot de EU tot een militaire operatie in Bosnië.", true)]
    [InlineData("resolutions in the plural", "Het doel is het handhaven van het wapenembargo (VNVR resoluties 1970 en 1973) door een NAVO-geleide operatie.", true)]
    [InlineData("a host government's request", "Heden heeft de regering besloten positief te reageren op dit rechtstreekse verzoek van Turkije om militaire ondersteuning.", true)]
    [InlineData("a request by the host nation's authorities", "Begin 2015 ontplooide de NAVO op verzoek van de Afghaanse autoriteiten een trainingsmissie.", true)]
    [InlineData("chapter VII of the UN Charter", "Het gaat hier immers om een militaire operatie onder hoofdstuk VII van het VN-Handvest.", true)]
    [InlineData("the EU's mutual assistance clause", "Frankrijk heeft een beroep gedaan op artikel 42.7 van het Verdrag betreffende de Europese Unie en vraagt om militaire steun.", true)]
    [InlineData("a sentence announcing the letter's topics states no ground", "In deze brief wordt tevens ingegaan op de gronden voor deelname, de rechtsbasis en de militaire aspecten van de bijdrage.", false)]
    [InlineData("a heading in capitals is no statement", "NOTITIE RECHTSGRONDSLAG EN MANDAAT VAN MISSIES MET DEELNAME VAN MILITAIRE EENHEDEN", false)]
    public void Legal_basis_sentences(string reason, string text, bool expected)
    {
        var found = new LegalBasisExtractor().Extract(TextContext.For(text)).Any();

        Assert.True(expected == found, reason);
    }

    [Theory]
    [InlineData("a promise to inform", "Uw Kamer zal voor de zomer worden geïnformeerd over de uitkomst van de evaluatie.", true)]
    [InlineData("the government will inform parliament", "Het kabinet zal de Kamer hierover separaat informeren.", true)]
    [InlineData("a reported toezegging", "Zoals toegezegd tijdens het commissiedebat van 12 maart 2024 informeren wij u over de inzet in de Rode Zee.", true)]
    [InlineData("this letter's own informing is not a promise", "Met deze brief informeren wij u over de verlenging van de bijdrage aan EUFOR Althea.", false)]
    [InlineData("a past fact is not a promise", "Uw Kamer is op 3 mei geïnformeerd over de aankomst van het fregat.", false)]
    [InlineData("an overview of several commitments is not one", "In deze brief gaan wij in op drie toezeggingen die aan uw Kamer zijn gedaan.", false)]
    public void Commitment_sentences(string reason, string text, bool expected)
    {
        var found = new CommitmentExtractor().Extract(TextContext.For(text)).Any();

        Assert.True(expected == found, reason);
    }

    [Fact]
    public void A_reported_commitment_is_dated_by_its_debate_and_a_new_promise_by_the_letter()
    {
        var letter = new DateOnly(2024, 5, 15);
        var text = "Zoals toegezegd tijdens het commissiedebat van 12 maart 2024 gaan wij in op de escortes.\n\nDe Kamer zal na de zomer worden geïnformeerd over de evaluatie.";

        var facts = new CommitmentExtractor().Extract(TextContext.For(text, letter)).Cast<CommitmentFact>().ToList();

        Assert.Equal([new DateOnly(2024, 3, 12), letter], facts.Select(f => f.Made));
    }
}
