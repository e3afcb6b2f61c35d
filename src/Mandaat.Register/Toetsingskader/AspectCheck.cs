namespace Mandaat.Register.Toetsingskader;

/// <summary>
/// One aspect of a letter's check: the heading that covers it when present, the reason when not applicable, and,
/// when the letter announces the aspect in running text rather than under a heading of its own, that sentence.
/// </summary>
public sealed record AspectCheck(string Aspect, string Title, string Status, string? Heading, string? Reason)
{
    /// <summary>The sentence announcing the aspect ("In deze brief wordt ingegaan op …") when no heading names it; else null.</summary>
    public string? Announced { get; init; }
}
