using System.Globalization;
using Mandaat.Store;
using Microsoft.Net.Http.Headers;

namespace Mandaat.Web.Api;

/// <summary>
/// Validators of a document's answers: the ETag is the stored version's content hash and number (a new version or
/// another text changes it), Last-Modified when that version was stored. A client that sends them back gets 304.
/// </summary>
public static class Conditional
{
    /// <summary>Sets ETag and Last-Modified for this document (and the route's own suffix); true when the client's copy is current.</summary>
    public static bool NotModified(HttpContext context, DocumentDetail document, string route)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(document);
        if (document.Versions.FirstOrDefault(v => v.Version == document.Version) is not { } shown)
        {
            // Without its version record there is nothing that changes with the text: no validators, always the body.
            return false;
        }

        // The time it was stored is in the tag too: the same text ingested again (by a newer Mandaat) may have other facts.
        var stored = shown.IngestedAt.UtcTicks.ToString(CultureInfo.InvariantCulture);
        var tag = new EntityTagHeaderValue($"\"{Shorten(shown.ContentHash)}-v{document.Version.ToString(CultureInfo.InvariantCulture)}-{stored}-{route}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = tag;
        var modified = TruncateToSeconds(shown.IngestedAt);
        headers.LastModified = modified;

        var request = context.Request.GetTypedHeaders();
        if (request.IfNoneMatch is { Count: > 0 } candidates)
        {
            // If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2).
            return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(tag, useStrongComparison: false));
        }

        return request.IfModifiedSince is { } since && modified <= since;
    }

    // Letters and digits only, so no stored hash can break the quoted tag.
    private static string Shorten(string hash) => new([.. hash.Where(char.IsAsciiLetterOrDigit).Take(32)]);

    // HTTP dates have whole seconds; a stored time with fractions would never compare equal to its own header.
    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);
}
