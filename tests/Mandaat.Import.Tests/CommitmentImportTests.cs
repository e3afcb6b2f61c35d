using Mandaat.Missions;
using Mandaat.Register.Commitments;

namespace Mandaat.Import.Tests;

/// <summary>
/// The official commitments register (Toezegging) of the imported dossier: stored, shown beside the commitment read in
/// the text when both refer to the same letter, listed as official-only otherwise, and kept current by --update.
/// </summary>
public sealed class CommitmentImportTests
{
    private static readonly CommitmentTracker Tracker = new(MissionCatalog.Load());

    [Fact]
    public async Task Official_commitments_are_matched_to_the_commitment_read_in_the_same_letter_or_listed_as_official_only()
    {
        await using var scenario = await ImportScenario.StartAsync();
        await scenario.ImportAsync(scenario.Request());
        var read = await Tracker.ListAsync(scenario.Store, CommitmentFilter.None, default);
        Assert.NotEmpty(read);
        Assert.All(read, c => Assert.Null(c.Official));
        // The register's commitment fulfilled by the letter a read commitment stands in, in the words of that commitment.
        var target = read[0];
        var letter = (await scenario.Store.GetAsync(target.Document, default))!.Official!.SourceId;
        scenario.Server.Commitments.Add(new("e1000000-0000-0000-0000-000000000001", "TZ201605-001", target.Quote, "Voldaan", 29521, new DateOnly(2016, 5, 12), "2016A01234", [letter], Recording.Published));
        scenario.Server.Commitments.Add(new("e1000000-0000-0000-0000-000000000002", "TZ201611-002", "De minister zal de Kamer informeren over de evaluatie van de inzet van helikopters.", "Openstaand", 29521, new DateOnly(2016, 11, 3), "2016A05678", [], Recording.Published));
        scenario.Server.Commitments.Add(new("e1000000-0000-0000-0000-000000000003", "TZ201611-003", "Een toezegging in een ander dossier.", "Openstaand", 36600, new DateOnly(2016, 11, 3), "2016A05679", [], Recording.Published));

        var report = await scenario.ImportAsync(scenario.Request());

        Assert.Empty(report.Failed);
        Assert.Equal(2, report.Commitments);
        var listed = await Tracker.ListAsync(scenario.Store, CommitmentFilter.None, default);
        var matched = Assert.Single(listed, c => c.Official?.Number == "TZ201605-001");
        Assert.Equal((target.Id, "Voldaan", (object?)target.Citation), (matched.Id, matched.Official!.Status, (object?)matched.Citation));
        var only = Assert.Single(listed, c => c.Official?.Number == "TZ201611-002");
        Assert.Null(only.Citation);
        Assert.Equal(("toezegging:TZ201611-002", CommitmentStatus.Open, new DateOnly(2016, 11, 3)), (only.Id, only.Status, only.Made));
        Assert.Equal("Minister van Defensie, J.A. Hennis-Plasschaert", only.Official!.By);
        Assert.Equal(read.Count + 1, listed.Count);

        // The register changes: one is deleted, the other kept. --update asks only what changed and follows it.
        var changedAt = DateTimeOffset.UtcNow.AddMinutes(1);
        scenario.Server.Commitments[1] = scenario.Server.Commitments[1] with { Deleted = true, ChangedAt = changedAt };
        scenario.Server.Commitments[0] = scenario.Server.Commitments[0] with { Status = "Deels voldaan", ChangedAt = changedAt };
        var before = scenario.Server.Requests.Count;

        await scenario.ImportAsync(scenario.Request(update: true));

        Assert.All(scenario.Server.Requests.Skip(before).Where(r => r.StartsWith("/OData/v4/2.0/Toezegging", StringComparison.Ordinal)), r => Assert.Contains("GewijzigdOp ge", r, StringComparison.Ordinal));
        var official = await scenario.Store.ListOfficialCommitmentsAsync(default);
        Assert.Equal(("TZ201605-001", "Deels voldaan"), (Assert.Single(official).Number, official[0].Status));
    }
}
