using System.Text.Encodings.Web;
using System.Text.Json;
using Mandaat.Contract;

namespace Mandaat.Cli.Output;

/// <summary>Writes the one JSON value of a --json command on stdout, in the shapes of CLI.md.</summary>
public static class Json
{
    public static JsonSerializerOptions Options => ContractJson.Options;

    public static void Write<T>(T value)
    {
        using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        JsonSerializer.Serialize(writer, value, Options);
        writer.Flush();
        stdout.WriteByte((byte)'\n');
    }
}
