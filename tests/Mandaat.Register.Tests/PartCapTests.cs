using Mandaat.Register.Missions;

namespace Mandaat.Register.Tests;

/// <summary>
/// A "maximaal" figure that caps one part of the force is no cap of the mission: the real MINUSMA letter of 2013
/// lists its units, among them "30 functionarissen voor de politiecomponent (maximaal 20 KMar functionarissen en
/// tien politieagenten)", and states no cap of the whole. Through the real pipeline into SQLite.
/// </summary>
public sealed class PartCapTests : IDisposable
{
    private readonly PipelineStores _stores = new();

    private static string Letter => File.ReadAllText(Path.Combine(
        Path.GetDirectoryName(IngestedSamples.SamplesFolder)!, "tests", "data", "realworld", "blogspot-minusma-artikel100-2013.txt"));

    [Fact]
    public async Task The_cap_of_the_police_component_is_not_the_missions()
    {
        var detail = await MissionAsync(Letter);

        // The letter states the twenty as a cap (the extractor keeps what the text says); the register does not take it for the mission's.
        Assert.Contains(detail.Components, c => c.Kind == ComponentKind.Personnel && c.Value == "maximaal 20");
        Assert.Null(detail.Mission.MaxPersonnel);
        Assert.All(detail.Decisions, d => Assert.Null(d.PersonnelCap));
    }

    [Fact]
    public async Task A_cap_of_the_whole_beside_its_parts_is_the_missions()
    {
        var capped = Letter + "\n\nDe Nederlandse bijdrage aan MINUSMA bestaat uit maximaal 380 militairen, onder wie maximaal 20 KMar functionarissen.\n";

        var detail = await MissionAsync(capped);

        Assert.Equal(380, detail.Mission.MaxPersonnel);
        Assert.Equal(380, Assert.Single(detail.Decisions, d => d.PersonnelCap is not null).PersonnelCap);
    }

    public void Dispose() => _stores.Dispose();

    private async Task<MissionDetail> MissionAsync(string text)
    {
        await using var store = await _stores.StoreAsync(text);
        return Assert.IsType<MissionDetail>(await new MissionRegister(PipelineStores.Catalog).GetAsync(store, "minusma", default));
    }
}
