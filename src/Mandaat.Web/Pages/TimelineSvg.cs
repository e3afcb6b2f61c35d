using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Mandaat.Register.Missions;
using Mandaat.Register.Timeline;

namespace Mandaat.Web.Pages;

/// <summary>
/// The mission's dated events on a time axis, with the personnel caps as bars above it: an SVG that
/// needs no script, with a title and text alternative for screen readers.
/// </summary>
public static partial class TimelineSvg
{
    private const int Width = 900, Height = 260, Left = 40, Right = 20, Axis = 220;

    /// <summary>
    /// Marks closer than this (in viewBox units) are one: a mission of many hundreds of papers would otherwise draw a
    /// circle each, on top of each other, and the page would grow with the store. At most some hundred marks are drawn.
    /// </summary>
    private const double Spacing = 8;

    public static string Render(string mission, IReadOnlyList<TimelineEvent> events, IReadOnlyList<MissionComponent> components)
    {
        var dated = events.Where(e => e.Date is not null).ToList();
        var caps = components.Where(c => c.Kind == ComponentKind.Personnel && c.Date is not null)
            .Select(c => (Date: c.Date!.Value, Count: Count(c.Value))).Where(c => c.Count > 0).ToList();
        if (dated.Count == 0)
        {
            return "<p>Geen gedateerde stukken.</p>";
        }

        var first = dated.Min(e => e.Date!.Value).DayNumber;
        var last = Math.Max(dated.Max(e => e.Date!.Value).DayNumber, first + 1);
        double X(DateOnly d) => Left + ((d.DayNumber - first) * (double)(Width - Left - Right) / (last - first));
        var max = caps.Count > 0 ? caps.Max(c => c.Count) : 1;

        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-labelledby=\"tl-titel\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"tl-titel\">Tijdlijn van {Html.E(mission)}: {Html.E(Dutch.Format.Count(dated.Count, "stuk", "stukken"))} door de tijd</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Axis}\" x2=\"{Width - Right}\" y2=\"{Axis}\" stroke=\"#333\"/>");
        // The highest cap of the dates that share a bar.
        foreach (var (date, count) in caps.GroupBy(c => Slot(X(c.Date))).Select(g => g.MaxBy(c => c.Count)))
        {
            var h = count * 150.0 / max;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"cap\" x=\"{X(date) - 4:0.#}\" y=\"{Axis - h:0.#}\" width=\"8\" height=\"{h:0.#}\" fill=\"#7fa7d9\"><title>{Html.Date(date)}: {Html.E(Dutch.Format.Count(count, "militair", "militairen"))}</title></rect>");
        }

        foreach (var slot in dated.GroupBy(e => Slot(X(e.Date!.Value))))
        {
            var e = slot.First();
            var title = slot.Count() == 1
                ? $"{Html.Date(e.Date)}: {Html.E(Dutch.Labels.Event(e.Role, e.Kind))}: {Html.E(e.Title)}"
                : $"{Html.E(Dutch.Format.Period(slot.Min(x => x.Date), slot.Max(x => x.Date)))}: {Html.E(Dutch.Format.Count(slot.Count(), "stuk", "stukken"))}";
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"event\" cx=\"{slot.Average(x => X(x.Date!.Value)):0.#}\" cy=\"{Axis}\" r=\"6\" fill=\"#154273\"><title>{title}</title></circle>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Axis + 25}\">{Html.E(Html.Date(DateOnly.FromDayNumber(first)))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Axis + 25}\" text-anchor=\"end\">{Html.E(Html.Date(DateOnly.FromDayNumber(last)))}</text>");
        if (caps.Count > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Axis - 160}\">max. {Html.E(Dutch.Format.Count(max, "militair", "militairen"))}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static int Slot(double x) => (int)Math.Round(x / Spacing);

    private static int Count(string value) => Digits().Match(value.Replace(".", string.Empty, StringComparison.Ordinal)) is { Success: true } m && int.TryParse(m.Value, CultureInfo.InvariantCulture, out var n) ? n : 0;

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
