using Mandaat.Web.Api;
using Mandaat.Web.Hosting;

namespace Mandaat.Web.Pages;

/// <summary>"/upload": a form with the file and the write token; the same checks as POST /api/documents.</summary>
public static class UploadPage
{
    public static IResult Form(Upload upload) => Html.Page("Document uploaden", FormHtml(upload));

    public static async Task<IResult> PostAsync(HttpRequest request, WriteToken token, Upload upload, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Html.Page("Document uploaden", "<p role=\"alert\">Kies een bestand.</p>" + FormHtml(upload), StatusCodes.Status400BadRequest);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return Html.Page("Document uploaden", $"<p role=\"alert\">Het bestand is groter dan {upload.LimitMegabytes} MB.</p>" + FormHtml(upload), StatusCodes.Status413PayloadTooLarge);
        }

        if (token.Refuse(form["token"].ToString()) is not null)
        {
            var reason = token.Configured ? "Het schrijftoken klopt niet." : "Uploaden staat uit: de server heeft geen MANDAAT_TOKEN.";
            return Html.Page("Document uploaden", $"<p role=\"alert\">{reason}</p>" + FormHtml(upload), token.Configured ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);
        }

        var outcome = await upload.IngestAsync(form, ct);
        return outcome.Document is { } d
            ? Html.Page("Document opgeslagen", $"<p role=\"status\">{(outcome.Status == "ingested" ? "Opgeslagen" : "Dit document stond er al")}: <a href=\"/documenten/{Html.E(d.Id)}\">{Html.E(d.Title)}</a></p>", StatusCodes.Status201Created)
            : Html.Page("Document uploaden", $"<p role=\"alert\">{Html.E(outcome.Error)}</p>" + FormHtml(upload), outcome.StatusCode);
    }

    private static string FormHtml(Upload upload) => $"""
        <form action="/upload" method="post" enctype="multipart/form-data">
        <p><label for="file">Document (.txt, .pdf, .xml, .html of .docx, tot {upload.LimitMegabytes} MB)</label><br><input id="file" name="file" type="file" required></p>
        <p><label for="token">Schrijftoken</label><br><input id="token" name="token" type="password" autocomplete="off" required></p>
        <p><button type="submit">Uploaden</button></p>
        </form>
        """;
}
