using Mandaat.Register.Missions;

namespace Mandaat.Register.Tests;

/// <summary>
/// A mission's mandate end is the latest end a deciding letter states, unless a later letter decided on the mission
/// after it (the real 2021 anti-ISIS letter lost its year in the PDF's text: "tot en met 31 december Essentie", read
/// as 2021, while letters of 2023 still decide on the mission). Through the real pipeline into SQLite.
/// </summary>
public sealed class MandateEndTests : IDisposable
{
    private const string Decision = """
        29 521 Nederlandse deelname aan vredesmissies

        Nr. 801 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE

        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

        Den Haag, 1 november 2013

        In overeenstemming met artikel 100 van de Grondwet informeren wij u over het besluit van het kabinet bij te dragen aan MINUSMA, de VN-missie in Mali.

        Nederland levert aan MINUSMA maximaal 380 militairen tot en met 31 december 2014.
        """;

    private const string Change = """
        29 521 Nederlandse deelname aan vredesmissies

        Nr. 812 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE

        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

        Den Haag, 2 maart 2015

        In overeenstemming met artikel 100 van de Grondwet informeren wij u over het besluit van het kabinet de Nederlandse bijdrage aan MINUSMA in Mali aan te passen.

        Nederland levert aan MINUSMA maximaal 450 militairen.
        """;

    private readonly PipelineStores _stores = new();

    [Fact]
    public async Task The_decision_alone_ends_the_mandate_on_the_date_it_states()
    {
        var summary = await MissionAsync(Decision);

        Assert.Equal((new DateOnly(2014, 12, 31), MissionStatus.Ended), (summary.MandateEnd, summary.Status));
    }

    [Fact]
    public async Task A_letter_that_changes_the_mission_after_that_date_leaves_the_end_unknown()
    {
        var summary = await MissionAsync(Decision, Change);

        Assert.Equal(450, summary.MaxPersonnel);
        Assert.Equal(((DateOnly?)null, MissionStatus.Unknown), (summary.MandateEnd, summary.Status));
    }

    public void Dispose() => _stores.Dispose();

    private async Task<MissionSummary> MissionAsync(params string[] letters)
    {
        await using var store = await _stores.StoreAsync(letters);
        return Assert.IsType<MissionDetail>(await new MissionRegister(PipelineStores.Catalog).GetAsync(store, "minusma", default)).Mission;
    }
}
