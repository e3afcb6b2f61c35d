using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Mandaat.Readers;

/// <summary>
/// Puts the words of one PDF page into lines, top to bottom and left to right. Kamerstukken and
/// brieven are set in one column, so grouping words that share a baseline gives reading order without
/// relying on the order of the content stream (which some producers scramble).
/// </summary>
internal static class PdfPageText
{
    public static string Extract(Page page)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .OrderByDescending(Baseline)
            .ThenBy(w => w.BoundingBox.Left)
            .ToList();

        var lines = new List<List<Word>>();
        foreach (var word in words)
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && SameLine(line[0], word))
            {
                line.Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.AppendJoin(' ', line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
        }

        return text.ToString();
    }

    // Two words share a line when their baselines differ by less than half the smaller word's height;
    // superscripts (footnote numbers) stay on their line that way.
    private static bool SameLine(Word first, Word next)
    {
        var height = Math.Min(first.BoundingBox.Height, next.BoundingBox.Height);
        return Math.Abs(Baseline(first) - Baseline(next)) < Math.Max(height, 1) * 0.5;
    }

    // The baseline, not the box bottom: descenders (g, j, p) would otherwise split a line.
    private static double Baseline(Word word) =>
        word.Letters.Count > 0 ? word.Letters[0].StartBaseLine.Y : word.BoundingBox.Bottom;
}
