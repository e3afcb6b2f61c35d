namespace Mandaat.Bench;

/// <summary>
/// Total time of PdfPig and of pdftotext over every PDF fixture, or why they were not measured (then
/// both times are null: a missing tool is reported, never replaced by a number).
/// </summary>
public sealed record PdfExtractionTimes(int Files, double? PdfPigMilliseconds, double? PdftotextMilliseconds, string? NotMeasured)
{
    public static PdfExtractionTimes Skipped(int files, string reason) => new(files, null, null, reason);
}
