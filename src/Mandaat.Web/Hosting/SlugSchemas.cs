using Mandaat.Core;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Mandaat.Web.Hosting;

/// <summary>
/// The OpenAPI generator cannot see through a JSON converter, so a document kind or fact type would be
/// described as any value; it is a string, as it was when these were strings (ADR 0008).
/// </summary>
internal static class SlugSchemas
{
    public static Task DescribeAsStrings(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISlug<>)))
        {
            schema.Type = JsonSchemaType.String;
        }

        return Task.CompletedTask;
    }
}
