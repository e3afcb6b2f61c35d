namespace Mandaat.Segment.Aspects;

/// <summary>
/// One aspect of the Toetsingskader: its key (the section aspect the segmenter assigns), title, the headings
/// that name it, the words by which running text names it, the first day it is asked of a letter, and
/// whether it is asked only of letters about new missions. <see cref="ConditionalHeadings"/> name it only
/// when their section opens on its subject.
/// </summary>
public sealed record FrameworkAspect(
    string Key,
    string Title,
    IReadOnlyList<string> Headings,
    IReadOnlyList<string> Words,
    DateOnly? Since,
    bool NewMissionsOnly)
{
    public IReadOnlyList<ConditionalHeading> ConditionalHeadings { get; init; } = [];

    /// <summary>Headings that name the aspect except under a heading of the same aspect, where they divide that section.</summary>
    public IReadOnlyList<string> TopicHeadings { get; init; } = [];

    /// <summary>Whether running text names the aspect by one of its <see cref="Words"/>.</summary>
    public bool IsNamedIn(string text) => Words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
