using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Register.Missions;

namespace Mandaat.Register.Timeline;

/// <summary>
/// One document of a mission on its timeline: when (null and <see cref="Undated"/> when neither the
/// document nor any citation of it gives a date), what it did (<see cref="Role"/>), and the mission's
/// facts it states.
/// </summary>
public sealed record TimelineEvent(
    DateOnly? Date,
    bool Undated,
    string? DateSource,
    string Mission,
    string Document,
    DocumentKind Kind,
    LetterRole Role,
    string Title,
    string Event,
    IReadOnlyList<Fact> Facts);
