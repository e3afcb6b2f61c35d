namespace Mandaat.Segment.Aspects;

/// <summary>
/// One aspect of the Toetsingskader: its key (the section aspect the segmenter assigns), title, the headings
/// that name it, the words by which running text names it, the first day it is asked of a letter, and
/// whether it is asked only of letters about new missions.
/// </summary>
public sealed record FrameworkAspect(
    string Key,
    string Title,
    IReadOnlyList<string> Headings,
    IReadOnlyList<string> Words,
    DateOnly? Since,
    bool NewMissionsOnly);
