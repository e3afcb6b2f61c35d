using Mandaat.Register.Missions;

namespace Mandaat.Register.Tests;

/// <summary>
/// A mission's mandate end is the latest end a deciding letter states, unless a later letter decided on the mission
/// after it (the real 2021 anti-ISIS letter lost its year in the PDF's text: "tot en met 31 december Essentie", read
/// as 2021, while letters of 2023 still decide on the mission). When the letters state no end, the reference list's
/// end gives the status, unless a letter decided on the mission after it. Through the real pipeline into SQLite.
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
    public async Task A_letter_that_changes_the_mission_after_that_date_leaves_the_end_to_the_reference_list()
    {
        var summary = await MissionAsync(Decision, Change);

        Assert.Equal(450, summary.MaxPersonnel);
        // The letters state no end after the change; the reference list ends MINUSMA in May 2022, which has passed.
        Assert.Equal(((DateOnly?)null, MissionStatus.Ended, MissionSummary.FromCatalogue), (summary.MandateEnd, summary.Status, summary.StatusSource));
    }

    [Fact]
    public async Task A_letter_that_changes_the_mission_after_the_reference_list_s_end_leaves_the_status_unknown()
    {
        var summary = await MissionAsync(Decision, Change.Replace("2 maart 2015", "2 maart 2023", StringComparison.Ordinal));

        Assert.Equal(((DateOnly?)null, MissionStatus.Unknown, (string?)null), (summary.MandateEnd, summary.Status, summary.StatusSource));
    }

    [Fact]
    public async Task The_letters_end_decides_over_the_reference_list()
    {
        var summary = await MissionAsync(Decision);

        Assert.Equal(MissionSummary.FromLetters, summary.StatusSource);
    }

    public void Dispose() => _stores.Dispose();

    private async Task<MissionSummary> MissionAsync(params string[] letters)
    {
        await using var store = await _stores.StoreAsync(letters);
        return Assert.IsType<MissionDetail>(await new MissionRegister(PipelineStores.Catalog).GetAsync(store, "minusma", default)).Mission;
    }
}
