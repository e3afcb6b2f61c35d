using Mandaat.Core.Text;

namespace Mandaat.Core.Documents;

/// <summary>
/// One heading and the text under it. Sections form a tree through <see cref="ParentIndex"/>;
/// <see cref="Aspect"/> is the Toetsingskader aspect the heading names, if any.
/// </summary>
public sealed record Section(
    int Index,
    int? ParentIndex,
    int Level,
    string Heading,
    string? Aspect,
    TextSpan HeadingSpan,
    TextSpan BodySpan);
