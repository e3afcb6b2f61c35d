using System.Text.Json;
using Mandaat.Core.Paging;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Register.Timeline;
using Mandaat.Register.Toetsingskader;

namespace Mandaat.Contract;

/// <summary>The JSON shapes of missions, mission, check and commitments (CLI.md), plus the fields CLI.md allows to add.</summary>
public static class RegisterJson
{
    public static object Summary(MissionSummary m) => new
    {
        id = m.Id,
        name = m.Name,
        aliases = m.Aliases,
        documents = m.Documents,
        first = m.First,
        last = m.Last,
        max_personnel = m.MaxPersonnel,
        assets = m.Assets.Select(a => new { asset = a.Asset, count = a.Count, document = a.Document }),
        budget = m.Budget.Select(b => new { amount = b.Amount, qualifier = b.Qualifier, role = b.Role, year = b.Year, document = b.Document }),
        status = m.Status,
        status_source = m.StatusSource,
        mandate_end = m.MandateEnd,
        undated = m.Undated,
        provisional = m.Provisional,
        mandate_start = m.MandateStart,
        donations = m.Donations.Select(a => new { asset = a.Asset, count = a.Count, document = a.Document }),
    };

    /// <summary>One state per deciding letter (issue 22): the <c>decisions</c> of <c>mission ID</c>.</summary>
    public static object Decision(DecisionState d) => new
    {
        document = d.Document,
        date = d.Date,
        role = d.Role,
        start = d.Start,
        end = d.End,
        personnel_cap = d.PersonnelCap,
        assets = d.Assets.Select(a => new { asset = a.Asset, count = a.Count }),
        donations = d.Donations.Select(a => new { asset = a.Asset, count = a.Count }),
        legal_basis = d.LegalBasis,
        estimate = d.Budget.Select(b => new { amount = b.Amount, qualifier = b.Qualifier, year = b.Year }),
    };

    /// <summary>The mission object is the <c>missions</c> row with its components and conflicts added.</summary>
    public static object Detail(MissionDetail m)
    {
        var mission = JsonSerializer.SerializeToNode(Summary(m.Mission), ContractJson.Options)!.AsObject();
        mission["components"] = JsonSerializer.SerializeToNode(
            m.Components.Select(c => new { kind = c.Kind, label = c.Label, value = c.Value, role = c.Role, document = c.Document, date = c.Date, year = c.Year, quote = c.Fact.Quote }),
            ContractJson.Options);
        mission["conflicts"] = JsonSerializer.SerializeToNode(
            m.Conflicts.Select(c => new
            {
                kind = c.Kind,
                subject = c.Subject,
                description = c.Description,
                items = c.Items.Select(i => new { document = i.Document, date = i.Date, value = i.Value, quote = i.Quote, sentence = i.Sentence, page = i.Page }),
            }),
            ContractJson.Options);
        mission["decisions"] = JsonSerializer.SerializeToNode(m.Decisions.Select(Decision), ContractJson.Options);
        return new { mission, timeline = m.Timeline.Select(Event) };
    }

    /// <summary>
    /// <see cref="Detail(MissionDetail)"/> with one page of the timeline (<c>mission ID --page N</c>), and where that
    /// page is: <c>"timeline_page":{"number","size","total","pages"}</c>.
    /// </summary>
    public static object Detail(MissionDetail m, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(page);
        var whole = JsonSerializer.SerializeToNode(Detail(m), ContractJson.Options)!.AsObject();
        var shown = page.Apply(m.Timeline);
        whole["timeline"] = JsonSerializer.SerializeToNode(shown.Items.Select(Event), ContractJson.Options);
        whole["timeline_page"] = JsonSerializer.SerializeToNode(new { number = page.Number, size = page.Size, total = shown.Total, pages = shown.Pages }, ContractJson.Options);
        return whole;
    }

    public static object Event(TimelineEvent e) => new
    {
        date = e.Date,
        document = e.Document,
        kind = e.Kind,
        @event = e.Event,
        facts = e.Facts,
        undated = e.Undated,
        date_source = e.DateSource,
        role = e.Role,
        title = e.Title,
        mission = e.Mission,
    };

    public static object Check(CheckResult c) => new
    {
        document = c.Document,
        aspects = c.Aspects.Select(a => new { aspect = a.Aspect, status = a.Status, heading = a.Heading, title = a.Title, reason = a.Reason, announced = a.Announced }),
        kind = c.Kind,
        date = c.Date,
    };

    public static object Commitment(TrackedCommitment c) => new
    {
        id = c.Id,
        quote = c.Quote,
        made = c.Made,
        document = c.Document,
        status = c.Status,
        fulfilled_by = c.FulfilledBy,
        fulfils = c.Fulfils,
        by = c.By,
        missions = c.Missions,
        citation = c.Citation,
        official = Official(c),
        official_only = c.Official is not null && c.Citation is null,
    };

    /// <summary>The official register's commitment beside the one read in the text (docs/IMPORT.md), null when none matched.</summary>
    private static object? Official(TrackedCommitment c) => c.Official is not { } o ? null : new
    {
        id = o.Id,
        number = o.Number,
        status = o.Status,
        by = o.By,
        activity = o.Activity,
        activity_date = o.ActivityDate,
        activity_subject = o.ActivitySubject,
        due = o.Due,
        fulfilled_by = o.FulfilledBy,
        url = o.Url,
    };
}
