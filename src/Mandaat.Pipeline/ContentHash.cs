using System.Security.Cryptography;

namespace Mandaat.Pipeline;

/// <summary>The content key of a file: SHA-256 of its bytes, lower-case hex.</summary>
public static class ContentHash
{
    public static string Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The id of a document that is not a numbered Kamerstuk: derived from its content (CLI.md).</summary>
    public static string DocumentId(string hash) => "doc-" + hash[..16];
}
