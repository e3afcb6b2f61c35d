using System.Text;
using Mandaat.Core.Facts;

namespace Mandaat.Web.Pages;

/// <summary>
/// The normalised text with each fact's citation span wrapped in &lt;mark id="feit-N"&gt;. Spans that
/// overlap an earlier one are left unmarked (the fact list still links to the nearest mark).
/// </summary>
public static class MarkedText
{
    public static string Render(string text, IReadOnlyList<Fact> facts, out IReadOnlyDictionary<int, string> anchors)
    {
        var found = new Dictionary<int, string>();
        var spans = facts.Select((f, i) => (Index: i, f.Citation))
            .Where(s => s.Citation is { } c && c.Start >= 0 && c.End > c.Start && c.End <= text.Length)
            .OrderBy(s => s.Citation!.Start).ThenByDescending(s => s.Citation!.End);
        var html = new StringBuilder();
        var at = 0;
        string? covering = null;
        var coveringEnd = 0;
        foreach (var (index, citation) in spans)
        {
            if (citation!.Start < at)
            {
                // Inside an earlier mark: link the fact to that one.
                if (covering is not null && citation.Start < coveringEnd)
                {
                    found[index] = covering;
                }

                continue;
            }

            var id = $"feit-{index + 1}";
            html.Append(Html.E(text[at..citation.Start]));
            html.Append($"<mark id=\"{id}\">").Append(Html.E(text[citation.Start..citation.End])).Append("</mark>");
            at = citation.End;
            (covering, coveringEnd) = (id, citation.End);
            found[index] = id;
        }

        html.Append(Html.E(text[at..]));
        anchors = found;
        return html.ToString();
    }
}
