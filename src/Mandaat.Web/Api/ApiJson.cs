using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mandaat.Core.Facts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>The serializer settings of the CLI's --json output, so the API answers byte for byte alike (but for indentation).</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(FactJson.Full)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.Default,
    };

    public static JsonHttpResult<T> Ok<T>(T value) => TypedResults.Json(value, Options);
}
