namespace Mandaat.Segment.Headings;

/// <summary>A paragraph recognised as a heading, with its level in the section tree.</summary>
internal readonly record struct HeadingInfo(int Paragraph, int Level);
