namespace Mandaat.Web.Hosting;

/// <summary>The upload limit of CLI.md (50 MB) and the file types ingest reads.</summary>
public static class UploadLimits
{
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Room for the multipart framing and the form's token field around a file of the limit.</summary>
    public const long MaxRequestBytes = MaxFileBytes + (64 * 1024);

    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".pdf", ".xml", ".html", ".docx" };
}
