using Mandaat.Missions.Tests.Assignment;
using Xunit.Abstractions;

namespace Mandaat.Missions.Tests;

/// <summary>The issue's target: real documents of at least twelve missions land in the right mission (docs/MISSIONS.md).</summary>
public sealed class MissionAssignmentTests(ITestOutputHelper output)
{
    private const double Target = 0.90;

    [Fact]
    public void The_gold_table_covers_at_least_twelve_missions_of_the_catalogue()
    {
        var catalog = MissionCatalog.Load();
        var expected = AssignedDocument.ReadGold().SelectMany(d => d.Expected).Distinct().ToList();

        Assert.True(expected.Count >= 12, $"{expected.Count} missions");
        Assert.All(AssignedDocument.ReadGold(), d => Assert.True(File.Exists(d.TextPath), d.TextPath));
        Assert.DoesNotContain(expected, id => catalog.Find(id) is null);
    }

    [Fact]
    public void At_least_90_percent_of_real_documents_land_in_the_right_mission()
    {
        var score = AssignmentRun.Score(MissionCatalog.Load());

        output.WriteLine(score.ToString());
        score.Wrong.ToList().ForEach(output.WriteLine);
        Assert.True(score.Accuracy >= Target, $"{score}; wrong: {string.Join("; ", score.Wrong)}");
    }
}
