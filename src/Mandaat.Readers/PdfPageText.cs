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
            Word? previous = null;
            foreach (var word in line.OrderBy(w => w.BoundingBox.Left))
            {
                if (previous is null)
                {
                    text.Append(text.Length > 0 ? "\n" : "");
                }
                else
                {
                    text.Append(IsColumnGap(previous, word) ? '\n' : ' ');
                }

                text.Append(word.Text);
                previous = word;
            }
        }

        return text.ToString();
    }

    // Kamerstukken print the dossier number, "Nr." and the first-page colophon in a left column beside
    // the body ("’s-Gravenhage 2025   Tweede Kamer, vergaderjaar …"). A gap of several ems between words
    // on one baseline is such a column edge: the parts become lines of their own, so a footer starts its line.
    private static bool IsColumnGap(Word left, Word right)
    {
        var size = Math.Max(FontSize(left), FontSize(right));
        return right.BoundingBox.Left - left.BoundingBox.Right > 3 * size;
    }

    private static double FontSize(Word word)
    {
        var size = word.Letters.Count > 0 ? word.Letters[0].PointSize : 0;
        return size > 1 ? size : Math.Max(word.BoundingBox.Height * 1.4, 1);
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
