using System.Globalization;
using Mandaat.Core.Paging;
using Mandaat.Register.Corpus;
using Mandaat.Register.Missions;
using Spectre.Console;

namespace Mandaat.Cli.Output;

/// <summary>Missions for people: a table of missions, and one mission with its timeline, components and conflicts.</summary>
public static class MissionText
{
    public static void WriteList(IReadOnlyList<MissionSummary> missions)
    {
        if (missions.Count == 0)
        {
            Terminal.Out.MarkupLine("[grey]No missions: ingest documents first (`mandaat ingest PATH`).[/]");
            return;
        }

        var table = new Table().RoundedBorder()
            .AddColumn("id").AddColumn("status").AddColumn("first").AddColumn("last").AddColumn(new TableColumn("docs").RightAligned())
            .AddColumn(new TableColumn("max personnel").RightAligned()).AddColumn("assets");
        foreach (var m in missions)
        {
            table.AddRow(
                Markup.Escape(m.Id),
                m.Status.Slug,
                Day(m.First),
                Day(m.Last),
                m.Documents.Count.ToString(CultureInfo.InvariantCulture) + (m.Undated > 0 ? $" ({m.Undated} undated)" : string.Empty),
                m.MaxPersonnel?.ToString(CultureInfo.InvariantCulture) ?? "–",
                Markup.Escape(string.Join(", ", m.Assets.Select(a => $"{a.Count} {a.Asset}"))));
        }

        Terminal.Out.Write(table);
    }

    /// <summary>The mission with one page of its timeline and components; its decisions (one row per deciding letter) whole.</summary>
    public static void WriteDetail(MissionDetail detail, PageRequest page)
    {
        var m = detail.Mission;
        Terminal.Out.MarkupLineInterpolated($"[bold]{m.Name}[/] ({m.Id}) — {m.Status}{(m.MandateEnd is { } end ? $", mandate until {end:yyyy-MM-dd}" : string.Empty)}{(m.StatusSource == MissionSummary.FromCatalogue ? " (by the reference list; the papers state no end)" : string.Empty)}");
        var events = page.Apply(detail.Timeline);
        var timeline = new Table().RoundedBorder().Title(PageTitle("timeline", events)).AddColumn("date").AddColumn("document").AddColumn("event").AddColumn(new TableColumn("facts").RightAligned());
        foreach (var e in events.Items)
        {
            timeline.AddRow(e.Undated ? "[yellow]undated[/]" : Day(e.Date) + e.DateSource switch
            {
                RegisterDocument.DateCited => " (cited)",
                RegisterDocument.DateInferred => " (inferred)",
                _ => string.Empty,
            }, Markup.Escape(e.Document), Markup.Escape(e.Event), e.Facts.Count.ToString(CultureInfo.InvariantCulture));
        }

        Terminal.Out.Write(timeline);
        // One row per letter that decides, extends, changes or ends the mission: what it set.
        var decisions = new Table().RoundedBorder().Title("decisions").AddColumn("date").AddColumn("letter").AddColumn("period").AddColumn("cap").AddColumn("assets").AddColumn("donated").AddColumn("estimate");
        foreach (var d in detail.Decisions)
        {
            decisions.AddRow(
                Day(d.Date),
                Markup.Escape($"{d.Document} ({d.Role})"),
                $"{Day(d.Start)} – {Day(d.End)}",
                d.PersonnelCap?.ToString(CultureInfo.InvariantCulture) ?? "–",
                Markup.Escape(string.Join(", ", d.Assets.Select(a => $"{a.Count} {a.Asset}"))),
                Markup.Escape(string.Join(", ", d.Donations.Select(a => $"{a.Count} {a.Asset}"))),
                string.Join(", ", d.Budget.Select(b => b.Amount.ToString("#,0", CultureInfo.InvariantCulture))));
        }

        Terminal.Out.Write(decisions);
        var shown = page.Apply(detail.Components);
        var components = new Table().RoundedBorder().Title(PageTitle("components", shown)).AddColumn("date").AddColumn("kind").AddColumn("what").AddColumn("value").AddColumn("letter");
        foreach (var c in shown.Items)
        {
            components.AddRow(Day(c.Date), c.Kind.Slug, Markup.Escape(c.Label), Markup.Escape(c.Value), Markup.Escape($"{c.Document} ({c.Role})"));
        }

        Terminal.Out.Write(components);
        foreach (var conflict in detail.Conflicts)
        {
            Terminal.Out.MarkupLineInterpolated($"[red]conflict[/] {conflict.Kind}: {conflict.Description}");
            // Each side's whole sentence, so the conflict can be judged without opening the letters.
            foreach (var item in conflict.Items.Where(i => i.Sentence is not null))
            {
                var onPage = item.Page is { } p ? string.Create(CultureInfo.InvariantCulture, $", p. {p}") : string.Empty;
                Terminal.Out.MarkupLineInterpolated($"  [dim]{item.Document}{onPage}:[/] {item.Sentence}");
            }
        }
    }

    // "timeline (page 1 of 12, 290 events; --page 2 for more)": a long list says that it goes on and how to see the rest.
    private static string PageTitle<T>(string name, Paged<T> shown) => shown.Pages <= 1
        ? name
        : string.Create(CultureInfo.InvariantCulture, $"{name} (page {shown.Page.Number} of {shown.Pages}, {shown.Total} in all{(shown.HasNext ? $"; --page {shown.Page.Number + 1} for more" : string.Empty)})");

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";
}
