using Mandaat.Core.Documents;

namespace Mandaat.Segment;

/// <summary>The structure of a document: its section tree and, for question lists, its numbered questions.</summary>
public sealed record Segmentation(IReadOnlyList<Section> Sections, IReadOnlyList<QuestionAnswer> Questions)
{
    public static Segmentation Empty { get; } = new([], []);

    /// <summary>The innermost section whose body or heading holds an offset, or null.</summary>
    public Section? SectionAt(int offset)
    {
        Section? best = null;
        foreach (var section in Sections)
        {
            var start = section.HeadingSpan.Start;
            if (offset >= start && offset < section.BodySpan.End && (best is null || start >= best.HeadingSpan.Start))
            {
                best = section;
            }
        }

        return best;
    }
}
