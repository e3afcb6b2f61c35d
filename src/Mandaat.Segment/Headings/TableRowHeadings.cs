using System.Text.RegularExpressions;
using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Segment.Aspects;

namespace Mandaat.Segment.Headings;

/// <summary>
/// Headings printed as table rows, as sites render a report's contents: "2.3.1 | Risicoanalyse |". Reflowed,
/// such rows run together into one paragraph of cells, so no paragraph is the heading; a numbered cell followed
/// by a title cell is one. Only rows that name an aspect become sections (leaves without a body of their own),
/// so an ordinary table keeps out of the section tree.
/// </summary>
internal static partial class TableRowHeadings
{
    public static IEnumerable<Section> Find(NormalizedText text, AspectCatalog catalog, int firstIndex)
    {
        var index = firstIndex;
        foreach (Match row in Row().Matches(text.Text))
        {
            var title = row.Groups["title"].Value.Trim();
            if (catalog.AspectOf(title) is not { } aspect)
            {
                continue;
            }

            var span = new TextSpan(row.Index, row.Length);
            var level = row.Groups["number"].Value.TrimEnd('.').Count(c => c == '.') + 1;
            yield return new Section(index++, null, level, title, aspect, span, new TextSpan(span.End, 0));
        }
    }

    [GeneratedRegex(@"(?<![\w.])(?<number>\d{1,2}(?:\.\d{1,2}){0,3}\.?)[ \t]*\|\s*(?<title>\p{L}[^|\n]{0,80}?)[ \t]*\|", RegexOptions.CultureInvariant)]
    private static partial Regex Row();
}
