using Mandaat.Core.Text;
using Mandaat.Normalize.Lines;

namespace Mandaat.Normalize.Artefacts;

/// <summary>
/// Which lines begin a new page: where the reader reports a page boundary, or where PDF text
/// extraction left its one-space indent on the first line of a page.
/// </summary>
internal static class PageTurns
{
    public static bool[] Find(IReadOnlyList<SourceLine> lines, SourceText source)
    {
        var turns = new bool[lines.Count];
        var firstText = true;
        var page = 1;
        var crossedBoundary = false;
        foreach (var line in lines)
        {
            while (page < source.Pages.Count && source.Pages[page].Span.Start <= line.Start)
            {
                crossedBoundary = true;
                page++;
            }

            if (!line.IsText)
            {
                continue;
            }

            turns[line.Index] = !firstText && (crossedBoundary || line.HasLeadingSpace);
            crossedBoundary = false;
            firstText = false;
        }

        return turns;
    }
}
