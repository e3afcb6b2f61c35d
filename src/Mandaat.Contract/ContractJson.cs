using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mandaat.Core.Facts;

namespace Mandaat.Contract;

/// <summary>The serializer settings of the contract's shapes; the CLI adds indentation, the API an HTML-safe encoder.</summary>
public static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = new(FactJson.Full)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The JSON the CLI prints, as text for a file (exports): readable Dutch, not \u-escaped.</summary>
    public static string Text<T>(T value) => JsonSerializer.Serialize(value, TextOptions) + "\n";

    /// <summary>
    /// <see cref="Text{T}"/> of a list, written to a stream as its items come: an export of every fact never holds
    /// them all.
    /// </summary>
    public static async Task WriteAsync<T>(Stream stream, IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        await JsonSerializer.SerializeAsync(stream, items, TextOptions, cancellationToken);
        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    private static JsonSerializerOptions TextOptions { get; } = new(Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
