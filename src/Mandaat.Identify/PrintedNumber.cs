namespace Mandaat.Identify;

/// <summary>
/// The numbering a paper prints about itself: its chamber, vergaderjaar, dossier and number within the
/// dossier. <see cref="Line"/> is the source line it was read from, kept for tests and diagnostics.
/// </summary>
internal sealed record PrintedNumber(string? Chamber, string? Session, string? Dossier, string? Number, string Line);
