namespace Mandaat.Register.Toetsingskader;

/// <summary>One aspect of a letter's check: the heading that covers it when present, the reason when not applicable.</summary>
public sealed record AspectCheck(string Aspect, string Title, string Status, string? Heading, string? Reason);
