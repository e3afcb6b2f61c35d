using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Segment.Aspects;

namespace Mandaat.Segment.Headings;

/// <summary>
/// Turns the headings into sections: the parent is the nearest earlier heading of a lower level;
/// the body runs to the next heading of the same or a higher level. A heading's aspect may depend on
/// the opening of its text (a conditional heading) and on the sections it sits in.
/// </summary>
internal static class SectionTreeBuilder
{
    /// <summary>How much of a section's text shows what a conditional heading ("Contextanalyse") is about.</summary>
    private const int OpeningLength = 120;

    public static List<Section> Build(NormalizedText text, IReadOnlyList<HeadingInfo> headings, AspectCatalog catalog)
    {
        var bodyEnds = BodyEnds(text, headings);
        var sections = new List<Section>(headings.Count);
        var open = new Stack<int>();
        for (var h = 0; h < headings.Count; h++)
        {
            var heading = headings[h];
            while (open.Count > 0 && sections[open.Peek()].Level >= heading.Level)
            {
                open.Pop();
            }

            var span = text.Paragraphs[heading.Paragraph];
            var printed = span.Slice(text.Text);
            var bodyStart = heading.Paragraph + 1 < text.Paragraphs.Count ? text.Paragraphs[heading.Paragraph + 1].Start : span.End;
            var opening = text.Text.AsSpan(bodyStart, Math.Min(OpeningLength, Math.Max(0, bodyEnds[h] - bodyStart))).ToString();
            sections.Add(new Section(
                h,
                open.Count > 0 ? open.Peek() : null,
                heading.Level,
                printed,
                OwnAspect(catalog.AspectOf(printed, opening), catalog.IsTopic(printed), open, sections),
                span,
                TextSpan.FromBounds(bodyStart, Math.Max(bodyStart, bodyEnds[h]))));
            open.Push(h);
        }

        return sections;
    }

    /// <summary>
    /// A topic sub-heading under a section of its own aspect ("Politieke aspecten" → "Politieke
    /// ontwikkelingen") divides that section; it does not address the aspect a second time.
    /// </summary>
    private static string? OwnAspect(string? aspect, bool topic, Stack<int> open, List<Section> sections) =>
        aspect is not null && topic && open.Any(i => sections[i].Aspect == aspect) ? null : aspect;

    /// <summary>Where each section's body ends, in one pass: a heading closes every open section of its level or deeper.</summary>
    private static int[] BodyEnds(NormalizedText text, IReadOnlyList<HeadingInfo> headings)
    {
        var ends = new int[headings.Count];
        var open = new Stack<int>();
        for (var h = 0; h < headings.Count; h++)
        {
            while (open.Count > 0 && headings[open.Peek()].Level >= headings[h].Level)
            {
                ends[open.Pop()] = text.Paragraphs[headings[h].Paragraph].Start;
            }

            open.Push(h);
        }

        while (open.Count > 0)
        {
            ends[open.Pop()] = text.Text.Length;
        }

        return ends;
    }
}
