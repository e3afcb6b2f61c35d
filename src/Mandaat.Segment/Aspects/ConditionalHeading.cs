namespace Mandaat.Segment.Aspects;

/// <summary>
/// A heading that names an aspect only when its section opens on the aspect's subject: "Contextanalyse" is a
/// lead section in most letters, and the political analysis when its text begins "De politieke situatie …".
/// </summary>
public sealed record ConditionalHeading(string Heading, IReadOnlyList<string> BodyWords);
