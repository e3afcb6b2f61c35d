using Mandaat.Pipeline;
using Mandaat.Store;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace Mandaat.Web.Api;

/// <summary>
/// Ingests the multipart field <c>file</c> of a request: size and type checked, written under a fresh
/// temporary folder by its own (stripped) name, then read by the same pipeline as <c>mandaat ingest</c>.
/// </summary>
public static class Upload
{
    public sealed record Outcome(DocumentSummary? Document, string Status, string? Error, int StatusCode);

    public static async Task<Outcome> IngestAsync(HttpRequest request, IDocumentStore store, ILoggerFactory loggers, CancellationToken ct)
    {
        if (request.ContentLength > UploadLimits.MaxRequestBytes)
        {
            return TooLarge();
        }

        if (!request.HasFormContentType)
        {
            return Failed("Send the document as multipart/form-data in the field 'file'.", StatusCodes.Status400BadRequest);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = UploadLimits.MaxFileBytes }, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return TooLarge();
        }

        return await IngestAsync(form, store, loggers, ct);
    }

    public static async Task<Outcome> IngestAsync(IFormCollection form, IDocumentStore store, ILoggerFactory loggers, CancellationToken ct)
    {
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Failed("The form has no file in the field 'file'.", StatusCodes.Status400BadRequest);
        }

        if (file.Length > UploadLimits.MaxFileBytes)
        {
            return TooLarge();
        }

        // Only the last part of the client's name, in letters, digits, dots and dashes: never a path.
        var name = new string(Path.GetFileName(file.FileName).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
        if (!UploadLimits.Extensions.Contains(Path.GetExtension(name)))
        {
            return Failed($"Mandaat reads {string.Join(", ", UploadLimits.Extensions)} files.", StatusCodes.Status415UnsupportedMediaType);
        }

        var folder = Directory.CreateTempSubdirectory("mandaat-upload-");
        try
        {
            var path = Path.Combine(folder.FullName, name.TrimStart('.'));
            await using (var target = File.Create(path))
            {
                await file.CopyToAsync(target, ct);
            }

            var report = await DefaultPipeline.CreateIngest(loggers).IngestAsync(store, [path], null, ct);
            return report.Ingested.Count > 0 ? new Outcome(report.Ingested[0], "ingested", null, StatusCodes.Status201Created)
                : report.Unchanged.Count > 0 ? new Outcome(report.Unchanged[0], "unchanged", null, StatusCodes.Status201Created)
                : Failed("The document could not be read: " + string.Join("; ", report.Failed.Select(f => f.Error)), StatusCodes.Status422UnprocessableEntity);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Outcome TooLarge() => Failed($"Uploads are limited to {UploadLimits.MaxFileBytes / (1024 * 1024)} MB.", StatusCodes.Status413PayloadTooLarge);

    private static Outcome Failed(string error, int status) => new(null, "failed", error, status);
}
