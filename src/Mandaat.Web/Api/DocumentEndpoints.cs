using Mandaat.Contract;
using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Core.Paging;
using Mandaat.Register.Missions;
using Mandaat.Register.Toetsingskader;
using Mandaat.Store;
using Mandaat.Store.Listing;
using Mandaat.Web.Api.Schemas;
using Mandaat.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>/api/documents: list (paged), one, its facts, its Toetsingskader check; upload and delete with the token.</summary>
public static class DocumentEndpoints
{
    public const int DefaultPageSize = 100;

    public static void MapDocumentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documenten");
        api.MapGet("/", ListAsync).WithName("ListDocuments")
            .WithSummary("The stored documents (DOC of CLI.md), newest first, with counts by kind, year and dossier; ?kind=&dossier=&year=&mission=, paged with ?page=&pageSize= (default 100, at most 200).")
            .Produces<IReadOnlyList<DocumentSchema>>().ProducesProblem(StatusCodes.Status400BadRequest).ReadOnly();
        api.MapGet("/{id}", GetAsync).WithName("GetDocument")
            .WithSummary("One document with sections, facts and signatories (the shape of `show --json`); ?version=N gives an earlier version. ETag and Last-Modified; 304 on a matching If-None-Match or If-Modified-Since.")
            .Produces<DocumentDetailSchema>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ReadOnly();
        api.MapGet("/{id}/versions/{version}", (LazyStore store, HttpContext context, string id, string version, CancellationToken ct) => GetAsync(store, context, id, version, ct))
            .WithName("GetDocumentVersion")
            .WithSummary("One stored version of a document (1 is the first), current or earlier, in the shape of GET /api/documents/{id}; 404 when that version is not stored.")
            .Produces<DocumentDetailSchema>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ReadOnly();
        api.MapGet("/{id}/facts", FactsAsync).WithName("GetDocumentFacts")
            .WithSummary("The facts of one document with their citations (`facts --format json`); ?type= one fact type, paged with ?page=&pageSize= (default 200).")
            .Produces<IReadOnlyList<FactSchema>>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ReadOnly();
        api.MapGet("/{id}/check", CheckAsync).WithName("CheckDocument")
            .WithSummary("The Toetsingskader checklist of one document (`check --json`).")
            .Produces<CheckSchema>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ReadOnly();
        api.MapPost("/", UploadAsync).WithName("UploadDocument")
            .WithSummary("Ingest an upload (multipart field `file`): 201 for a new paper or a new version of one, 200 when it was stored already; the answer names the paper's current version. " +
                "?revision=true (or the form field revision) says the file is a revised text of a stored paper: it becomes the new version whatever its file name, the earlier one stays at /api/documents/{id}/versions/{n}. Needs Authorization: Bearer <MANDAAT_TOKEN>.")
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .Produces<UploadSchema>(StatusCodes.Status201Created).Produces<UploadSchema>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithMetadata(new RequiresWriteToken());
        api.MapDelete("/{id}", DeleteAsync).WithName("DeleteDocument").WithSummary("Remove a document and its facts; needs the token.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithMetadata(new RequiresWriteToken());
    }

    private static async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> ListAsync(
        LazyStore store, MissionRegister register, HttpContext context, string? kind, string? dossier, string? year, string? mission, string? page, string? pageSize, CancellationToken ct)
    {
        var (paging, problem) = ApiPaging.Read(page, pageSize, DefaultPageSize);
        if (paging is null)
        {
            return problem!;
        }

        var badKind = ApiFilters.Kind(kind, out var wanted);
        var badDossier = ApiFilters.Dossier(dossier, out var wantedDossier);
        var badYear = ApiFilters.Year(year, out var wantedYear);
        if ((badKind ?? badDossier ?? badYear) is { } bad)
        {
            return bad;
        }

        IReadOnlySet<string>? within = null;
        if (!string.IsNullOrWhiteSpace(mission))
        {
            if (await RegisterEndpoints.FindAsync(store, register, mission.Trim(), ct) is not { } found)
            {
                return ApiProblem.InvalidParameter("mission", $"Onbekende missie '{mission}'; GET /api/missions noemt de missies.");
            }

            within = found.Mission.Documents.ToHashSet(StringComparer.Ordinal);
        }

        var listing = await (await store.GetAsync()).ListPageAsync(new DocumentQuery(wanted, wantedDossier, wantedYear, Within: within), paging, ct);
        var documents = listing.Documents;
        return PagedResult.Ok(context, new FacetedPageJson<DocumentSummary>(
            [.. documents.Items.Select(PublicPaths.Summary)], documents.Total, paging.Number, paging.Size, documents.Pages,
            new FacetsJson(listing.Kinds, listing.Years, listing.Dossiers)));
    }

    private static async Task<IResult> GetAsync(LazyStore store, HttpContext context, string id, string? version, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            var found = await LookupAsync(store, id, ct);
            return found.Document is not { } d ? found.Problem!
                : Conditional.NotModified(context, d, "doc") ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
                : ApiJson.Ok(DocumentJson.Detail(PublicPaths.Detail(d)));
        }

        if (!DocumentId.IsValid(id))
        {
            return DocumentId.Invalid(id);
        }

        if (!ApiPaging.TryNumber(version, 1, out var wanted) || wanted < 1)
        {
            return ApiProblem.InvalidParameter("version", $"version is een versienummer vanaf 1, niet '{version}'.");
        }

        return await (await store.GetAsync()).GetVersionAsync(id, wanted, ct) is not { } earlier
            ? ApiProblem.NotFound($"Van document '{id}' is geen versie {wanted} bewaard; GET /api/documents/{id} noemt de versies.")
            : Conditional.NotModified(context, earlier, "doc") ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : ApiJson.Ok(DocumentJson.Detail(PublicPaths.Detail(earlier)));
    }

    private static async Task<IResult> FactsAsync(LazyStore store, HttpContext context, string id, string? type, string? page, string? pageSize, CancellationToken ct)
    {
        var (paging, problem) = ApiPaging.Read(page, pageSize, PageRequest.MaxSize);
        if (paging is null)
        {
            return problem!;
        }

        FactType? wanted = null;
        if (!string.IsNullOrWhiteSpace(type) && !FactType.TryParse(type.Trim(), out wanted))
        {
            return ApiProblem.InvalidParameter("type", $"Onbekend feittype '{type}'; kies uit {Core.SlugSet.Names<FactType>()}.");
        }

        var found = await LookupAsync(store, id, ct);
        if (found.Document is not { } d)
        {
            return found.Problem!;
        }

        if (Conditional.NotModified(context, d, "facts"))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var facts = d.Facts.Where(f => wanted is null || f.Type == wanted).ToList();
        return PagedResult.Ok(context, PageJson<Fact>.From(paging.Apply(facts), f => f));
    }

    private static async Task<IResult> CheckAsync(LazyStore store, HttpContext context, string id, CancellationToken ct)
    {
        var found = await LookupAsync(store, id, ct);
        return found.Document is not { } d ? found.Problem!
            : Conditional.NotModified(context, d, "check") ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : ApiJson.Ok(RegisterJson.Check(ToetsingskaderCheck.Check(d)));
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, WriteToken token, Upload upload, CancellationToken ct)
    {
        if (token.Refuse(WriteToken.FromHeader(request)) is { } refused)
        {
            return refused;
        }

        var outcome = await upload.IngestAsync(request, ct);
        if (outcome.Document is not { } d)
        {
            return ApiProblem.Status(outcome.StatusCode, outcome.Error!);
        }

        var body = new { id = d.Id, path = PublicPaths.FileName(d.Path), kind = d.Kind, dossier = d.Dossier, number = d.Number, session = d.Session, date = d.Date, title = d.Title, status = outcome.Status, version = outcome.Version };
        // 201 with its Location for a new paper or a new version of one; 200 when the store already held this text.
        return outcome.StatusCode == StatusCodes.Status201Created
            ? new WithHeader(TypedResults.Json(body, ApiJson.Options, statusCode: StatusCodes.Status201Created), "Location", $"/api/documents/{d.Id}")
            : ApiJson.Ok<object>(body);
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
            : ApiProblem.NotFound($"Er is geen document met id '{id}'.");
    }

    /// <summary>The stored document of a valid id, or the problem (400 for a malformed id, 404 for an unknown one).</summary>
    public static async Task<(DocumentDetail? Document, ProblemHttpResult? Problem)> LookupAsync(LazyStore store, string id, CancellationToken ct)
    {
        if (!DocumentId.IsValid(id))
        {
            return (null, ApiProblem.InvalidParameter("id", $"'{id}' is geen document-id; een id ziet eruit als kst-27925-607."));
        }

        var document = await (await store.GetAsync()).GetAsync(id, ct);
        return document is null
            ? (null, ApiProblem.NotFound($"Er is geen document met id '{id}'; GET /api/documents noemt de ids."))
            : (document, null);
    }
}
