using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Mandaat.Web.Api;

/// <summary>
/// The OpenAPI document (/openapi/v1.json) beyond what the routes' metadata gives: the bearer scheme on the routes
/// that write, the upload's multipart body, and the headers that answers carry (the challenge of a 401, when to
/// retry after a 429, the validators of a document, the total of a page).
/// </summary>
public static class OpenApiSetup
{
    public const string BearerScheme = "bearer";

    public static IServiceCollection AddMandaatOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Mandaat";
                document.Info.Description = "Het parlementaire verslag van militaire inzet, met geciteerde feiten. Errors are problem details (RFC 9457) with a stable type and a Dutch title and detail.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "The server's write token (MANDAAT_TOKEN) as 'Authorization: Bearer <token>'.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<RequiresWriteToken>().Any())
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
                }

                if (operation.OperationId == "UploadDocument")
                {
                    operation.RequestBody = UploadBody();
                }

                if (operation.OperationId == "Search")
                {
                    await DescribeEnvelopeAsync(operation, context, typeof(Schemas.SearchPageSchema), cancellationToken);
                }

                DescribeHeaders(operation);
            });
        });

    private static OpenApiRequestBody UploadBody() => new()
    {
        Required = true,
        Description = "The document as the multipart field 'file' (.txt, .pdf, .xml, .html or .docx; at most MANDAAT_UPLOAD_MB, default 50 MB).",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "file" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The document file." },
                        ["revision"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Boolean,
                            Description = "true: the file is a revised text of a paper already stored (as ?revision=true); it becomes the paper's new version, the earlier one stays readable.",
                        },
                    },
                },
            },
        },
    };

    /// <summary>A list's 200 is its array of items or, with ?envelope=true, the whole page with its facets: one of the two.</summary>
    private static async Task DescribeEnvelopeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, Type envelope, CancellationToken cancellationToken)
    {
        if (operation.Responses?.TryGetValue("200", out var response) == true && response is OpenApiResponse ok
            && ok.Content?.TryGetValue("application/json", out var media) == true && media.Schema is { } items)
        {
            media.Schema = new OpenApiSchema
            {
                Description = "The page's items; with ?envelope=true the whole page: items, total, page, page_size, pages and facets.",
                OneOf = [items, await context.GetOrCreateSchemaAsync(envelope, null, cancellationToken)],
            };
        }
    }

    private static void DescribeHeaders(OpenApiOperation operation)
    {
        if (operation.Responses is null)
        {
            return;
        }

        var conditional = operation.Responses.ContainsKey("304");
        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse described)
            {
                continue;
            }

            described.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (status == "401")
            {
                described.Headers["WWW-Authenticate"] = Header("The challenge: Bearer realm=\"mandaat\".");
            }

            if (status == "429")
            {
                described.Headers["Retry-After"] = Header("Seconds until the client may search again.");
            }

            if (conditional && status is "200" or "304")
            {
                described.Headers["ETag"] = Header("The stored version's validator; send it back in If-None-Match for a 304.");
                described.Headers["Last-Modified"] = Header("When the shown version was stored; If-Modified-Since gives a 304.");
            }

            if (status == "200" && operation.Parameters?.Any(p => p.Name == "page") == true)
            {
                described.Headers["X-Total-Count"] = Header("The total of the whole list (also 'total' in the body with ?envelope=true).");
                described.Headers["Link"] = Header("The previous and next pages (RFC 8288, rel=\"prev\" and rel=\"next\").");
            }
        }
    }

    private static OpenApiHeader Header(string description) => new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
