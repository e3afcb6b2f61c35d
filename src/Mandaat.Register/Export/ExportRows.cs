using System.Globalization;
using Mandaat.Core.Facts;
using Mandaat.Register.Commitments;
using Mandaat.Register.Corpus;
using Mandaat.Register.Missions;
using Mandaat.Register.Timeline;

namespace Mandaat.Register.Export;

/// <summary>The register's results as flat rows for CSV.</summary>
public static class ExportRows
{
    private const string Separator = "; ";

    public static IEnumerable<MissionRow> Missions(IEnumerable<MissionDetail> missions) =>
        missions.Select(m => new MissionRow(
            m.Mission.Id,
            m.Mission.Name,
            m.Mission.Status.Slug,
            Iso(m.Mission.First),
            Iso(m.Mission.Last),
            m.Mission.Undated,
            Iso(m.Mission.MandateEnd),
            m.Mission.MaxPersonnel,
            string.Join(Separator, m.Mission.Assets.Select(a => $"{a.Count} {a.Asset}")),
            string.Join(Separator, m.Mission.Budget.Select(b => $"{b.Role} {b.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}: {b.Amount.ToString(CultureInfo.InvariantCulture)}")),
            string.Join(Separator, m.Mission.Documents),
            m.Conflicts.Count));

    public static IEnumerable<TimelineRow> Timeline(IEnumerable<TimelineEvent> events) =>
        events.Select(e => new TimelineRow(e.Mission, Iso(e.Date), e.Undated, e.DateSource, e.Document, e.Kind.Slug, e.Role.Slug, e.Event, e.Facts.Count));

    public static IEnumerable<FactRow> Facts(RegisterCorpus corpus) =>
        corpus.Documents.SelectMany(d => d.Detail.Facts.Select(f => Fact(new DocumentFact(d.Id, f))));

    public static FactRow Fact(DocumentFact fact)
    {
        var f = fact.Fact;
        return new FactRow(
            fact.Document,
            f.Type.Slug,
            f.Quote,
            string.Join(Separator, f.Missions ?? []),
            f.Citation?.SectionHeading,
            f.Citation?.Page,
            f.Citation?.Start,
            f.Citation?.End,
            FactJson.Serialize(f, gold: true));
    }

    public static IEnumerable<CommitmentRow> Commitments(IEnumerable<TrackedCommitment> commitments) =>
        commitments.Select(c => new CommitmentRow(
            c.Id, c.Status, Iso(c.Made), c.Document, c.FulfilledBy, c.Fulfils, string.Join(Separator, c.By), string.Join(Separator, c.Missions), c.Quote));

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
