using Mandaat.Register.Missions;

namespace Mandaat.Register.Tests;

/// <summary>
/// A count a member asks about is no state of the mission: the real Kamervragen on the Patriot deployment to Turkey
/// (2003) ask whether "van de vijftien lanceerplatformen … er maar negen foutloos werken"; the answer denies it.
/// Through the real pipeline into SQLite.
/// </summary>
public sealed class QuestionedCountTests : IDisposable
{
    private const string Mission = "patriot-turkije-2003";

    private readonly PipelineStores _stores = new();

    private static string Questions => File.ReadAllText(Path.Combine(
        Path.GetDirectoryName(IngestedSamples.SamplesFolder)!, "tests", "data", "realworld", "nieuwsbank-1780154.txt"));

    [Fact]
    public async Task The_counts_in_the_questions_are_no_assets_of_the_mission()
    {
        var detail = await MissionAsync(Questions);

        Assert.DoesNotContain(detail.Components, c => c.Kind == ComponentKind.Asset);
        Assert.Empty(detail.Mission.Assets);
    }

    [Fact]
    public async Task A_count_the_answer_states_is_an_asset()
    {
        var answered = Questions + "\n\nNederland zendt drie Patriot-systemen en vijftien lanceerplatformen naar Turkije.\n";

        var detail = await MissionAsync(answered);

        var assets = detail.Components.Where(c => c.Kind == ComponentKind.Asset).ToList();
        Assert.NotEmpty(assets);
        Assert.All(assets, a => Assert.StartsWith("Nederland zendt", a.Fact.Quote, StringComparison.Ordinal));
        Assert.Contains(detail.Mission.Assets, a => a.Asset == "platform" && a.Count == 15);
    }

    public void Dispose() => _stores.Dispose();

    private async Task<MissionDetail> MissionAsync(string text)
    {
        await using var store = await _stores.StoreAsync(text);
        return Assert.IsType<MissionDetail>(await new MissionRegister(PipelineStores.Catalog).GetAsync(store, Mission, default));
    }
}
