using Mandaat.Contract;
using Mandaat.Core;
using Mandaat.Core.Documents;
using Mandaat.Register.Toetsingskader;
using Mandaat.Store;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>/api/documents: list (paged), one, its facts, its Toetsingskader check; upload and delete with the token.</summary>
public static class DocumentEndpoints
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    public static void MapDocumentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documenten");
        api.MapGet("/", ListAsync).WithName("ListDocuments").WithSummary("The stored documents (DOC of CLI.md), paged with ?page=&pageSize=; X-Total-Count has the total.");
        api.MapGet("/{id}", GetAsync).WithName("GetDocument").WithSummary("One document with sections, facts and signatories (the shape of `show --json`); ?version=N gives an earlier version.");
        api.MapGet("/{id}/facts", FactsAsync).WithName("GetDocumentFacts").WithSummary("The facts of one document with their citations (`facts --format json`).");
        api.MapGet("/{id}/check", CheckAsync).WithName("CheckDocument").WithSummary("The Toetsingskader checklist of one document (`check --json`).");
        api.MapPost("/", UploadAsync).WithName("UploadDocument").WithSummary("Ingest an upload (multipart field `file`); needs Authorization: Bearer <MANDAAT_TOKEN>.")
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data");
        api.MapDelete("/{id}", DeleteAsync).WithName("DeleteDocument").WithSummary("Remove a document and its facts; needs the token.");
    }

    private static async Task<Results<JsonHttpResult<IEnumerable<DocumentSummary>>, ProblemHttpResult>> ListAsync(
        LazyStore store, HttpResponse response, string? kind, string? dossier, int? page, int? pageSize, CancellationToken ct)
    {
        var size = pageSize ?? DefaultPageSize;
        var number = page ?? 1;
        if (size is < 1 or > MaxPageSize || number < 1)
        {
            return TypedResults.Problem($"page must be 1 or more and pageSize between 1 and {MaxPageSize}.", statusCode: StatusCodes.Status400BadRequest);
        }

        DocumentKind? wanted = null;
        if (!string.IsNullOrWhiteSpace(kind) && !DocumentKind.TryParse(kind.Trim(), out wanted))
        {
            return TypedResults.Problem($"unknown kind '{kind}'; use one of {SlugSet.Names<DocumentKind>()}", statusCode: StatusCodes.Status400BadRequest);
        }

        var documents = await (await store.GetAsync()).ListAsync(new DocumentFilter(wanted, dossier), ct);
        response.Headers["X-Total-Count"] = documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ApiJson.Ok(documents.Skip((number - 1) * size).Take(size));
    }

    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> GetAsync(LazyStore store, string id, int? version, CancellationToken ct)
    {
        if (version is not { } wanted)
        {
            var found = await LookupAsync(store, id, ct);
            return found.Document is { } d ? ApiJson.Ok(DocumentJson.Detail(d)) : found.Problem!;
        }

        if (!DocumentId.IsValid(id) || wanted < 1)
        {
            return TypedResults.Problem($"'{id}' version {wanted} is not a document version; ids look like kst-27925-607, versions count from 1.", statusCode: StatusCodes.Status400BadRequest);
        }

        return await (await store.GetAsync()).GetVersionAsync(id, wanted, ct) is { } earlier
            ? ApiJson.Ok(DocumentJson.Detail(earlier))
            : TypedResults.Problem($"No version {wanted} of a document with id '{id}'; GET /api/documents/{id} lists its versions.", statusCode: StatusCodes.Status404NotFound);
    }

    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> FactsAsync(LazyStore store, string id, CancellationToken ct)
    {
        var found = await LookupAsync(store, id, ct);
        return found.Document is { } d ? ApiJson.Ok<object>(d.Facts) : found.Problem!;
    }

    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> CheckAsync(LazyStore store, string id, CancellationToken ct)
    {
        var found = await LookupAsync(store, id, ct);
        return found.Document is { } d ? ApiJson.Ok(RegisterJson.Check(ToetsingskaderCheck.Check(d))) : found.Problem!;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, WriteToken token, Upload upload, CancellationToken ct)
    {
        if (token.Refuse(WriteToken.FromHeader(request)) is { } refused)
        {
            return refused;
        }

        var outcome = await upload.IngestAsync(request, ct);
        return outcome.Document is { } d
            ? TypedResults.Created($"/api/documents/{d.Id}", new { id = d.Id, path = d.Path, kind = d.Kind, dossier = d.Dossier, number = d.Number, session = d.Session, date = d.Date, title = d.Title, status = outcome.Status })
            : TypedResults.Problem(outcome.Error, statusCode: outcome.StatusCode);
    }

    private static async Task<IResult> DeleteAsync(HttpRequest request, LazyStore store, WriteToken token, string id, CancellationToken ct)
    {
        if (token.Refuse(WriteToken.FromHeader(request)) is { } refused)
        {
            return refused;
        }

        if (!DocumentId.IsValid(id))
        {
            return DocumentId.Invalid(id);
        }

        return await (await store.GetAsync()).DeleteAsync(id, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem($"No document with id '{id}'.", statusCode: StatusCodes.Status404NotFound);
    }

    /// <summary>The stored document of a valid id, or the problem (400 for a malformed id, 404 for an unknown one).</summary>
    public static async Task<(DocumentDetail? Document, ProblemHttpResult? Problem)> LookupAsync(LazyStore store, string id, CancellationToken ct)
    {
        if (!DocumentId.IsValid(id))
        {
            return (null, TypedResults.Problem($"'{id}' is not a document id; ids look like kst-27925-607.", statusCode: StatusCodes.Status400BadRequest));
        }

        var document = await (await store.GetAsync()).GetAsync(id, ct);
        return document is null
            ? (null, TypedResults.Problem($"No document with id '{id}'; GET /api/documents lists the ids.", statusCode: StatusCodes.Status404NotFound))
            : (document, null);
    }
}
