using System.Text.Encodings.Web;
using System.Text.Json;
using Mandaat.Contract;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mandaat.Web.Api;

/// <summary>The contract's serializer settings, compact and with the default (HTML-safe) encoder for the web.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(ContractJson.Options)
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.Default,
    };

    public static JsonHttpResult<T> Ok<T>(T value) => TypedResults.Json(value, Options);
}
