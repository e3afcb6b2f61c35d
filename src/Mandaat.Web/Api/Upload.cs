using Mandaat.Pipeline;
using Mandaat.Store;
using Mandaat.Web.Hosting;
using Mandaat.Web.Operations;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Mandaat.Web.Api;

/// <summary>
/// Ingests the multipart field <c>file</c> of a request: size and type checked, written under a fresh
/// temporary folder by its own (stripped) name, then read by the same ingest as <c>mandaat ingest</c>.
/// Each upload is counted and timed in the metrics by its outcome.
/// </summary>
public sealed class Upload(IngestService ingest, LazyStore store, IOptions<WebOptions> options, WebMetrics metrics)
{
    private readonly WebOptions _limits = options.Value;

    public sealed record Outcome(DocumentSummary? Document, string Status, string? Error, int StatusCode);

    /// <summary>The file types ingest reads.</summary>
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".pdf", ".xml", ".html", ".docx" };

    public int LimitMegabytes => _limits.UploadMegabytes;

    public Task<Outcome> IngestAsync(HttpRequest request, CancellationToken ct) => metrics.CountUploadAsync(() => ReadAsync(request, ct), MetricOutcome);

    public Task<Outcome> IngestAsync(IFormCollection form, CancellationToken ct) => metrics.CountUploadAsync(() => StoreAsync(form, ct), MetricOutcome);

    private async Task<Outcome> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > _limits.MaxRequestBytes)
        {
            return TooLarge();
        }

        if (!request.HasFormContentType)
        {
            return Failed("Stuur het document als multipart/form-data in het veld 'file'.", StatusCodes.Status400BadRequest);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = _limits.MaxUploadBytes }, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return TooLarge();
        }

        return await StoreAsync(form, ct);
    }

    private async Task<Outcome> StoreAsync(IFormCollection form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Failed("Het formulier heeft geen bestand in het veld 'file'.", StatusCodes.Status400BadRequest);
        }

        if (file.Length > _limits.MaxUploadBytes)
        {
            return TooLarge();
        }

        // Only the last part of the client's name, in letters, digits, dots and dashes: never a path.
        var name = new string(Path.GetFileName(file.FileName).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
        if (!Extensions.Contains(Path.GetExtension(name)))
        {
            return Failed($"Mandaat leest bestanden van de soorten {string.Join(", ", Extensions)}.", StatusCodes.Status415UnsupportedMediaType);
        }

        var folder = Directory.CreateTempSubdirectory("mandaat-upload-");
        try
        {
            var path = Path.Combine(folder.FullName, name.TrimStart('.'));
            await using (var target = File.Create(path))
            {
                await file.CopyToAsync(target, ct);
            }

            // A new paper and a new version of one (updated) are created (201); a text the store already holds is 200.
            var report = await ingest.IngestAsync(await store.GetAsync(), [path], null, ct);
            return report.Ingested.Count > 0 ? new Outcome(report.Ingested[0], "ingested", null, StatusCodes.Status201Created)
                : report.Updated.Count > 0 ? new Outcome(report.Updated[0], "updated", null, StatusCodes.Status201Created)
                : report.Unchanged.Count > 0 ? new Outcome(report.Unchanged[0], "unchanged", null, StatusCodes.Status200OK)
                : Failed($"Het document {name} is niet te lezen: " + string.Join("; ", report.Failed.Select(f => PublicPaths.Hide(f.Error, folder.FullName))), StatusCodes.Status422UnprocessableEntity);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // A failure before ingest read the file (too large, wrong type, no file) is a refusal; 422 is ingest's own.
    private static string MetricOutcome(Outcome outcome) =>
        outcome.Status == "failed" && outcome.StatusCode != StatusCodes.Status422UnprocessableEntity ? "refused" : outcome.Status;

    private Outcome TooLarge() => Failed($"Een bestand mag hoogstens {_limits.UploadMegabytes} MB zijn.", StatusCodes.Status413PayloadTooLarge);

    private static Outcome Failed(string error, int status) => new(null, "failed", error, status);
}
