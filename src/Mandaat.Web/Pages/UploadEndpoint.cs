using Mandaat.Web.Api;
using Mandaat.Web.Hosting;

namespace Mandaat.Web.Pages;

/// <summary>"/upload": a form with the file and the write token; the same checks as POST /api/documents, each refusal in Dutch.</summary>
public static class UploadEndpoint
{
    public static IResult Form(Upload upload) => Page(upload, null, null, StatusCodes.Status200OK);

    public static async Task<IResult> PostAsync(HttpRequest request, WriteToken token, Upload upload, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Page(upload, "Kies een bestand.", null, StatusCodes.Status400BadRequest);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return Page(upload, $"Het bestand is groter dan {upload.LimitMegabytes} MB.", null, StatusCodes.Status413PayloadTooLarge);
        }

        if (token.Refuse(form["token"].ToString()) is not null)
        {
            var reason = token.Configured ? "Het schrijftoken klopt niet." : "Uploaden staat uit: de server heeft geen MANDAAT_TOKEN.";
            return Page(upload, reason, null, token.Configured ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);
        }

        var outcome = await upload.IngestAsync(form, ct);
        return outcome.Document is { } d
            ? Page(upload, null, new UploadedDocument(d.Id, d.Title, outcome.Status, outcome.Version), StatusCodes.Status201Created)
            : Page(upload, UploadErrors.Dutch(outcome.Error, outcome.StatusCode, upload.LimitMegabytes), null, outcome.StatusCode);
    }

    private static IResult Page(Upload upload, string? error, UploadedDocument? stored, int status) =>
        PageResult.Render<UploadPage>(new { LimitMegabytes = upload.LimitMegabytes, Error = error, Stored = stored }, status);
}
