using Mandaat.Register.Missions;

namespace Mandaat.Register.Tests;

/// <summary>
/// A mission of which the store holds no deciding letter takes its status from the reference list: the real 2014
/// retrospective on UNTAC in Cambodia (1992–1993) leaves the letters without an end, and UNTAC is ended, not unknown;
/// a mission the reference list gives no end (KFOR) stays unknown. Through the real pipeline into SQLite.
/// </summary>
public sealed class CatalogueStatusTests : IDisposable
{
    private readonly PipelineStores _stores = new();

    private static string Paper(string name) => File.ReadAllText(Path.Combine(
        Path.GetDirectoryName(IngestedSamples.SamplesFolder)!, "tests", "data", "assignment-heldout", name + ".txt"));

    [Fact]
    public async Task A_mission_the_reference_list_ends_is_ended_by_it()
    {
        var untac = await MissionAsync("untac", Paper("untac-nl-geschiedenis"));

        Assert.Equal((MissionStatus.Ended, MissionSummary.FromCatalogue, (DateOnly?)null), (untac.Status, untac.StatusSource, untac.MandateEnd));
    }

    [Fact]
    public async Task A_mission_without_an_end_anywhere_stays_unknown()
    {
        var kfor = await MissionAsync("kfor", File.ReadAllText(Path.Combine(
            Path.GetDirectoryName(IngestedSamples.SamplesFolder)!, "tests", "data", "realworld", "nieuwsbank-kfor-relocatie-1999-11-16.txt")));

        Assert.Equal((MissionStatus.Unknown, (string?)null), (kfor.Status, kfor.StatusSource));
    }

    public void Dispose() => _stores.Dispose();

    private async Task<MissionSummary> MissionAsync(string mission, string text)
    {
        await using var store = await _stores.StoreAsync(text);
        return Assert.IsType<MissionDetail>(await new MissionRegister(PipelineStores.Catalog).GetAsync(store, mission, default)).Mission;
    }
}
