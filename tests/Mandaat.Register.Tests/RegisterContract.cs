using Mandaat.Missions;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Register.Toetsingskader;
using Mandaat.Segment.Aspects;
using Mandaat.Store;

namespace Mandaat.Register.Tests;

/// <summary>
/// What the register must do on any store: written once against <see cref="IDocumentStore"/> and
/// bound to each backend by a one-line subclass (like the store contract).
/// </summary>
public abstract class RegisterContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Today = new(2023, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly MissionCatalog Catalog = MissionCatalog.Load();

    protected IDocumentStore Store { get; private set; } = null!;

    private static MissionRegister Register => new(Catalog, new FixedClock(Today));

    protected abstract Task<IDocumentStore> CreateEmptyStoreAsync();

    public async Task InitializeAsync()
    {
        Store = await CreateEmptyStoreAsync();
        await Store.MigrateAsync(default);
        foreach (var letter in RegisterLetters.All())
        {
            await Store.SaveAsync(letter, default);
        }
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    [Fact]
    public async Task A_document_that_names_no_mission_is_linked_through_the_letter_it_cites()
    {
        var mission = await Register.GetAsync(Store, RegisterLetters.Mission, default);

        Assert.NotNull(mission);
        Assert.Contains("kst-27925-910", mission.Mission.Documents);
        Assert.Equal(["kst-27925-900", "kst-27925-905", "kst-27925-910", "kst-27925-920", "kst-27925-930"], mission.Mission.Documents.Order());
        Assert.DoesNotContain("kst-29521-950", mission.Mission.Documents);
    }

    [Fact]
    public async Task A_mission_is_found_by_name_and_an_unknown_one_is_null()
    {
        Assert.Equal("anti-isis", (await Register.GetAsync(Store, "Operation Inherent Resolve", default))?.Mission.Id);
        Assert.Null(await Register.GetAsync(Store, "no such mission", default));
    }

    [Fact]
    public async Task The_timeline_is_in_date_order_with_undated_documents_last_and_marked()
    {
        var timeline = (await Register.GetAsync(Store, RegisterLetters.Mission, default))!.Timeline;

        Assert.Equal(["kst-27925-900", "kst-27925-905", "kst-27925-910", "kst-27925-920", "kst-27925-930"], timeline.Select(e => e.Document));
        Assert.True(timeline[^1].Undated);
        Assert.Null(timeline[^1].Date);
        Assert.All(timeline.SkipLast(1), e => Assert.False(e.Undated));
        Assert.Equal(["decided", "reported", "reported", "extended", "reported"], timeline.Select(e => e.Role.Slug));
    }

    [Fact]
    public async Task The_summary_has_first_and_last_date_caps_assets_and_status_and_a_number_of_people_trained_is_no_cap()
    {
        var summary = (await Register.GetAsync(Store, RegisterLetters.Mission, default))!.Mission;

        Assert.Equal((new DateOnly(2015, 3, 2), new DateOnly(2022, 11, 1), 1), (summary.First, summary.Last, summary.Undated));
        Assert.Equal(200, summary.MaxPersonnel);
        Assert.Equal(new AssetSummary("F-16", 2, "kst-27925-920"), Assert.Single(summary.Assets));
        Assert.Equal((MissionStatus.Active, new DateOnly(2023, 12, 31)), (summary.Status, summary.MandateEnd));
    }

    [Fact]
    public async Task Components_carry_the_letter_that_decided_or_extended_them()
    {
        var components = (await Register.GetAsync(Store, RegisterLetters.Mission, default))!.Components;

        var periods = components.Where(c => c.Kind == ComponentKind.Period).Select(c => (c.Document, c.Role)).ToList();
        Assert.Equal([("kst-27925-900", LetterRole.Decided), ("kst-27925-920", LetterRole.Extended)], periods);
        Assert.Contains(components, c => c.Kind == ComponentKind.Budget && c.Label == MoneyRoles.Realisation && c.Year == 2015);
    }

    [Fact]
    public async Task Conflicts_show_a_count_changed_without_a_decision_estimate_against_realisation_and_a_misdated_citation()
    {
        var conflicts = (await Register.GetAsync(Store, RegisterLetters.Mission, default))!.Conflicts;

        // The decision's four F-16's, then a progress report's six: no deciding letter says so. The extension's two is a
        // decision, no conflict.
        var numbers = Assert.Single(conflicts, c => c.Kind == ConflictKind.UndecidedChange);
        Assert.Equal([("kst-27925-900", "4"), ("kst-27925-910", "6")], numbers.Items.Select(i => (i.Document, i.Value)));
        Assert.Equal(["levert vier F-16’s", "zes F-16’s"], numbers.Items.Select(i => i.Quote));
        var budget = Assert.Single(conflicts, c => c.Kind == ConflictKind.EstimateVersusRealisation);
        Assert.Equal("budget 2015", budget.Subject);
        Assert.Contains(budget.Items, i => i.Value == "52000000");
        var citation = Assert.Single(conflicts, c => c.Kind == ConflictKind.CitationDate);
        Assert.Equal("kst-27925-900", citation.Subject);
        Assert.Equal([new DateOnly(2015, 3, 2), new DateOnly(2015, 3, 9)], citation.Items.Select(i => i.Date).Distinct().Order());
    }

    [Fact]
    public async Task Each_deciding_letter_has_one_state_with_each_asset_once_and_donations_apart()
    {
        var detail = (await Register.GetAsync(Store, RegisterLetters.Mission, default))!;

        Assert.Equal(["kst-27925-900", "kst-27925-920"], detail.Decisions.Select(d => d.Document));
        var decision = detail.Decisions[0];
        Assert.Equal((LetterRole.Decided, 200, new DateOnly(2015, 12, 31)), (decision.Role, decision.PersonnelCap, decision.End));
        Assert.Equal([new AssetSummary("F-16", 4, "kst-27925-900")], decision.Assets);
        Assert.Equal(["een verzoek van de regering"], decision.LegalBasis);
        Assert.Contains(decision.Budget, b => b.Amount == 40_000_000m);
        var extension = detail.Decisions[1];
        Assert.Null(extension.PersonnelCap);
        Assert.Equal([new AssetSummary("F-16", 2, "kst-27925-920")], extension.Assets);
        Assert.Equal([new AssetSummary("helmen", 500, "kst-27925-920")], extension.Donations);
        Assert.Single(detail.Components, c => c.Kind == ComponentKind.Asset && c.Document == "kst-27925-900");
        Assert.Equal([new AssetSummary("helmen", 500, "kst-27925-920")], detail.Mission.Donations);
        Assert.DoesNotContain(detail.Mission.Assets, a => a.Asset == "helmen");
    }

    [Fact]
    public async Task The_state_on_a_date_follows_from_the_decisions_in_force()
    {
        var detail = (await Register.GetAsync(Store, RegisterLetters.Mission, default))!;

        Assert.False(detail.StateOn(new DateOnly(2015, 1, 1)).InForce);
        var first = detail.StateOn(new DateOnly(2015, 6, 1));
        Assert.Equal((true, 200, 4, new DateOnly(2015, 12, 31)), (first.InForce, first.PersonnelCap, Assert.Single(first.Assets).Count, first.MandateEnd));
        Assert.False(detail.StateOn(new DateOnly(2018, 1, 1)).InForce);
        var extended = detail.StateOn(new DateOnly(2023, 1, 1));
        Assert.Equal((true, 200, 2, new DateOnly(2023, 12, 31)), (extended.InForce, extended.PersonnelCap, Assert.Single(extended.Assets).Count, extended.MandateEnd));
        Assert.Equal(["kst-27925-900", "kst-27925-920"], extended.Decisions);
        Assert.Equal(new DateOnly(2015, 3, 2), detail.Mission.MandateStart);
    }

    [Fact]
    public async Task A_paper_nobody_dates_is_placed_after_the_date_it_cites_and_marked_inferred()
    {
        await Store.SaveAsync(RegisterLetters.UndatedNote(), default);

        var detail = (await Register.GetAsync(Store, RegisterLetters.Mission, default))!;

        var note = Assert.Single(detail.Timeline, e => e.Document == "kst-27925-940");
        Assert.Equal((new DateOnly(2015, 3, 2), "inferred", false), (note.Date, note.DateSource, note.Undated));
        Assert.Equal("kst-27925-900", detail.Timeline[0].Document);
        Assert.Equal("kst-27925-940", detail.Timeline[1].Document);
        Assert.Equal((new DateOnly(2015, 3, 2), 2), (detail.Mission.First, detail.Mission.Undated));
    }

    [Fact]
    public async Task A_paper_with_no_date_session_or_citation_is_placed_at_the_dates_its_text_names_and_marked_inferred()
    {
        await Store.SaveAsync(RegisterLetters.UndatedWebCopy(), default);

        var detail = (await Register.GetAsync(Store, RegisterLetters.Mission, default))!;

        var copy = Assert.Single(detail.Timeline, e => e.Document == "web-strijd-tegen-isis");
        Assert.Equal((new DateOnly(2016, 1, 29), "inferred", false), (copy.Date, copy.DateSource, copy.Undated));
    }

    [Fact]
    public async Task Missions_lists_only_missions_with_documents()
    {
        var missions = await Register.ListAsync(Store, default);

        Assert.Equal(["anti-isis", "minusma"], missions.Select(m => m.Id).Order());
    }

    [Fact]
    public async Task Check_marks_present_exactly_the_aspects_the_headings_name()
    {
        var check = (await ToetsingskaderCheck.CheckAsync(Store, "kst-27925-900", default))!;

        Assert.Equal(AspectCatalog.Default.Aspects.Count, check.Aspects.Count);
        Assert.Equal(23, check.Aspects.Count);
        Assert.Equal(["gronden", "mandaat", "militaire-aspecten", "financien"], check.Aspects.Where(a => a.Status == AspectStatus.Present).Select(a => a.Aspect));
        Assert.Equal("Gronden voor deelneming", check.Aspects[0].Heading);
        var civilians = check.Aspects.Single(a => a.Aspect == "burgerslachtoffers");
        Assert.Equal(AspectStatus.NotApplicable, civilians.Status);
        Assert.Contains("2015-03-02", civilians.Reason);
        Assert.Equal(AspectStatus.Missing, check.Aspects.Single(a => a.Aspect == "gender").Status);
    }

    [Fact]
    public async Task Check_of_an_extension_treats_aspects_that_still_apply_as_not_applicable()
    {
        var check = (await ToetsingskaderCheck.CheckAsync(Store, "kst-27925-920", default))!;

        Assert.Equal(["gronden", "militaire-aspecten"], check.Aspects.Where(a => a.Status == AspectStatus.Present).Select(a => a.Aspect));
        Assert.All(check.Aspects.Where(a => a.Status != AspectStatus.Present), a => Assert.Equal(AspectStatus.NotApplicable, a.Status));
        Assert.Contains("extends a running one", check.Aspects.Single(a => a.Aspect == "burgerslachtoffers").Reason);
        Assert.Contains("gelden onverkort", check.Aspects.Single(a => a.Aspect == "risicos").Reason);
    }

    [Fact]
    public async Task Check_of_individual_trainers_is_not_applicable_and_an_unknown_id_is_null()
    {
        var check = (await ToetsingskaderCheck.CheckAsync(Store, "kst-29521-950", default))!;

        Assert.All(check.Aspects, a => Assert.Equal(AspectStatus.NotApplicable, a.Status));
        Assert.Contains("niet van toepassing", check.Aspects[0].Reason);
        Assert.Null(await ToetsingskaderCheck.CheckAsync(Store, "kst-1-1", default));
    }

    [Fact]
    public async Task A_later_report_fulfils_the_earlier_commitment_and_both_are_linked()
    {
        var all = await new CommitmentTracker(Catalog).ListAsync(Store, CommitmentFilter.None, default);

        var made = Assert.Single(all, c => c.Document == "kst-27925-905");
        var report = Assert.Single(all, c => c.Document == "kst-27925-910");
        Assert.Equal((CommitmentStatus.Fulfilled, "kst-27925-910"), (made.Status, made.FulfilledBy));
        Assert.Equal((CommitmentStatus.Fulfilled, made.Id), (report.Status, report.Fulfils));
        Assert.Equal(new DateOnly(2015, 12, 10), made.Made);
        Assert.Equal(["A. de Vries (De Minister van Defensie)"], report.By);
        Assert.NotNull(report.Citation);
    }

    [Fact]
    public async Task Commitments_filter_by_status_mission_and_date()
    {
        var tracker = new CommitmentTracker(Catalog);

        var open = await tracker.ListAsync(Store, new CommitmentFilter(Status: CommitmentStatus.Open), default);
        Assert.Equal(["kst-27925-920"], open.Select(c => c.Document));
        Assert.Equal(3, (await tracker.ListAsync(Store, new CommitmentFilter(Mission: RegisterLetters.Mission), default)).Count);
        Assert.Empty(await tracker.ListAsync(Store, new CommitmentFilter(Mission: "minusma"), default));
        var late = await tracker.ListAsync(Store, new CommitmentFilter(From: new DateOnly(2020, 1, 1)), default);
        Assert.Equal(["kst-27925-920"], late.Select(c => c.Document));
        Assert.Equal(2, (await tracker.ListAsync(Store, new CommitmentFilter(To: new DateOnly(2015, 12, 31)), default)).Count);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
