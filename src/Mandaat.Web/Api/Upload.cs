using Mandaat.Pipeline;
using Mandaat.Store;
using Mandaat.Web.Hosting;
using Mandaat.Web.Operations;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Mandaat.Web.Api;

/// <summary>
/// Ingests the multipart field <c>file</c> of a request: size and type checked, written under a fresh
/// temporary folder by its own (stripped) name, then read by the same ingest as <c>mandaat ingest</c>. A
/// <c>revision</c> of true (in the query or as a form field) reads it as <c>ingest --revision</c>: a revised text of
/// a paper already stored, its new version whatever its file name.
/// Each upload is counted and timed in the metrics by its outcome.
/// </summary>
public sealed class Upload(IngestService ingest, LazyStore store, IOptions<WebOptions> options, WebMetrics metrics)
{
    private readonly WebOptions _limits = options.Value;

    /// <param name="Version">The paper's current version after the upload (the new one, for "updated").</param>
    public sealed record Outcome(DocumentSummary? Document, string Status, string? Error, int StatusCode, int? Version = null);

    /// <summary>The file types ingest reads.</summary>
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".pdf", ".xml", ".html", ".docx" };

    public int LimitMegabytes => _limits.UploadMegabytes;

    public Task<Outcome> IngestAsync(HttpRequest request, CancellationToken ct) => metrics.CountUploadAsync(() => ReadAsync(request, ct), MetricOutcome);

    public Task<Outcome> IngestAsync(IFormCollection form, CancellationToken ct) => metrics.CountUploadAsync(() => StoreAsync(form, null, ct), MetricOutcome);

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

        return await StoreAsync(form, request.Query["revision"].ToString(), ct);
    }

    private async Task<Outcome> StoreAsync(IFormCollection form, string? queryRevision, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!TryRevision(string.IsNullOrWhiteSpace(queryRevision) ? form["revision"].ToString() : queryRevision, out var revision))
        {
            return Failed("revision is true of false: true als het bestand een herziene tekst is van een stuk dat al is opgeslagen.", StatusCodes.Status400BadRequest);
        }

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
            var stored = await store.GetAsync();
            var report = await ingest.IngestAsync(stored, [path], null, revision, ct);
            return report.Ingested.Count > 0 ? new Outcome(report.Ingested[0], "ingested", null, StatusCodes.Status201Created, 1)
                : report.Updated.Count > 0 ? new Outcome(report.Updated[0], "updated", null, StatusCodes.Status201Created, await CurrentVersionAsync(stored, report.Updated[0].Id, ct))
                : report.Unchanged.Count > 0 ? new Outcome(report.Unchanged[0], "unchanged", null, StatusCodes.Status200OK, await CurrentVersionAsync(stored, report.Unchanged[0].Id, ct))
                : Failed($"Het document {name} is niet te lezen: " + string.Join("; ", report.Failed.Select(f => PublicPaths.Hide(f.Error, folder.FullName))), StatusCodes.Status422UnprocessableEntity);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<int?> CurrentVersionAsync(IDocumentStore store, string id, CancellationToken ct) =>
        (await store.GetAsync(id, ct))?.Versions.FirstOrDefault(v => v.Current)?.Version;

    /// <summary>An absent or empty field is false; a form's checkbox sends "on".</summary>
    private static bool TryRevision(string? value, out bool revision)
    {
        var given = value?.Trim() ?? string.Empty;
        revision = given.Equals("true", StringComparison.OrdinalIgnoreCase) || given is "1" || given.Equals("on", StringComparison.OrdinalIgnoreCase);
        return revision || given.Length == 0 || given.Equals("false", StringComparison.OrdinalIgnoreCase) || given is "0";
    }

    // A failure before ingest read the file (too large, wrong type, no file) is a refusal; 422 is ingest's own.
    private static string MetricOutcome(Outcome outcome) =>
        outcome.Status == "failed" && outcome.StatusCode != StatusCodes.Status422UnprocessableEntity ? "refused" : outcome.Status;

    private Outcome TooLarge() => Failed($"Een bestand mag hoogstens {_limits.UploadMegabytes} MB zijn.", StatusCodes.Status413PayloadTooLarge);

    private static Outcome Failed(string error, int status) => new(null, "failed", error, status);
}
