using Mandaat.Core.Facts;
using Mandaat.Register.Missions;
using Mandaat.Store;

namespace Mandaat.Register.Tests;

/// <summary>
/// Another state's troops, ships and periods, and the whole force's size, are no part of the Dutch deployment: the real
/// papers on EUFOR Tchad ("heeft Frankrijk overigens permanent 1250 troepen in het land"), on the end of EUFOR in
/// Bosnia ("de zeshonderd Britse militairen", "circa zesduizend militairen, onder wie 280 Nederlanders") and on Active
/// Endeavour ("Rusland is voornemens … met twee fregatten") through the real pipeline into SQLite; and sentences of
/// real papers (a few shortened or joined) in which a state is a place, a partner or part of a mission's name, whose
/// counts stay the letter's own.
/// </summary>
public sealed class ForeignShareTests : IDisposable
{
    private readonly PipelineStores _stores = new();

    private static string Paper(string folder, string name) => File.ReadAllText(Path.Combine(
        Path.GetDirectoryName(IngestedSamples.SamplesFolder)!, "tests", "data", folder, name + ".txt"));

    [Fact]
    public async Task France_s_troops_in_Chad_are_not_the_Dutch_contribution_to_EUFOR_Tchad()
    {
        var detail = await MissionAsync("eufor-tchad", Paper("realworld", "opennieuwsbank-tsjaad-2008-02"));

        Assert.DoesNotContain(detail.Components, c => c.Kind == ComponentKind.Personnel && c.Value == "1250");
        // The legal basis stays: a Dutch deployment's basis is often an ally's right or agreement.
        Assert.Contains(detail.Components, c => c.Kind == ComponentKind.LegalBasis && c.Fact.Quote.Contains("Frankrijk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task British_troops_and_the_whole_force_are_not_counted_but_the_Dutch_are()
    {
        var detail = await MissionAsync("eufor-althea", Paper("assignment-heldout", "emea-persbericht-militairen-weg-uit-bosnie-2007"));

        var personnel = detail.Components.Where(c => c.Kind == ComponentKind.Personnel).Select(c => ((PersonnelFact)c.Fact).Count).ToList();
        Assert.DoesNotContain(600, personnel);
        Assert.DoesNotContain(6000, personnel);
        Assert.Contains(280, personnel);
        Assert.Contains(90, personnel);
    }

    [Fact]
    public async Task Russia_s_frigates_are_no_assets_of_Active_Endeavour()
    {
        var detail = await MissionAsync("active-endeavour", Paper("assignment-heldout", "vredesmissies-active-endeavour"));

        Assert.DoesNotContain(detail.Components, c => c.Fact.Quote.StartsWith("Rusland", StringComparison.Ordinal));
        Assert.DoesNotContain(detail.Mission.Assets, a => a.Asset == "fregat");
    }

    [Theory]
    [InlineData("Op grond van een bilaterale overeenkomst met Tsjaad heeft Frankrijk overigens permanent 1250 troepen in het land gelegerd.", true)]
    [InlineData("Ook de zeshonderd Britse militairen van EUFOR verlaten Bosnië.", true)]
    [InlineData("De European Force bestaat nu nog uit circa zesduizend militairen, onder wie 280 Nederlanders.", true)]
    [InlineData("Rusland is voornemens vanaf medio 2006 met twee fregatten aan deze operatie te gaan deelnemen.", true)]
    [InlineData("“Telt SFOR nu nog zo’n 19.000 manschappen, eind 2002 zal dat tot een 12.000 manschappen zijn gereduceerd.", true)]
    [InlineData("De totale EUFOR DRC eenheid bestaat uit 1700 militairen, waarvan er ongeveer 500 in Kinshasa gelegerd zullen zijn.", true)]
    [InlineData("In 2007 is de omvang van EUFOR teruggebracht van 6.000 naar 2.500 militairen.", true)]
    [InlineData("De batterij bestaat uit ongeveer 150 militairen en 9 stukken veldartillerie.", false)]
    [InlineData("Het Nederlandse detachement dat bestaat uit 80 militairen, wordt gestationeerd op het vliegveld Siauliai in Litouwen.", false)]
    [InlineData("Nederland levert 1 Patriot-vuureenheid, Duitsland 2.", false)]
    [InlineData("De 160 militairen vertrekken voor een periode van vier maanden richting Irak om de militairen van SFIR3 af te lossen.", false)]
    [InlineData("In het kader van een geïntegreerde aanpak van piraterij wordt ook de Nederlandse bijdrage aan EUTM Somalië (maximaal 15 militairen) voortgezet.", false)]
    [InlineData("Op 6 februari jl. heeft de Turkse regering Nederland formeel verzocht om drie Patriot-raketverdedigingssystemen te stationeren in Turkije.", false)]
    [InlineData("Gezien het bijzondere karakter van de missie in Afghanistan is besloten om een team van vier militairen in te zetten.", false)]
    [InlineData("Nederland en Duitsland leveren samen drie Patriot-systemen.", false)]
    public async Task The_first_count_of_a_real_sentence_is_read_as_another_state_s_or_as_ours(string sentence, bool foreign)
    {
        await using var store = await _stores.StoreAsync(Paper("realworld", "opennieuwsbank-tsjaad-2008-02") + "\n\n" + sentence + "\n");
        var document = Assert.Single(await store.ListAsync(DocumentFilter.None, default));
        var detail = Assert.IsType<DocumentDetail>(await store.GetAsync(document.Id, default));

        var counted = detail.Facts.Select((fact, i) => (Fact: fact, Index: i))
            .First(f => f.Fact is PersonnelFact or AssetFact && f.Fact.Quote.StartsWith(sentence[..20], StringComparison.Ordinal));
        Assert.Equal(foreign, FactReadings.Of(counted.Fact, detail).Foreign);
    }

    public void Dispose() => _stores.Dispose();

    private async Task<MissionDetail> MissionAsync(string mission, string text)
    {
        await using var store = await _stores.StoreAsync(text);
        return Assert.IsType<MissionDetail>(await new MissionRegister(PipelineStores.Catalog).GetAsync(store, mission, default));
    }
}
