using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Mandaat.Web.Hosting;

/// <summary>
/// The write token (MANDAAT_TOKEN). Reads are public; writes need it, compared in constant time so the
/// answer time says nothing about how much of a guess was right. Without a token, writes are refused.
/// </summary>
public sealed class WriteToken(IOptions<WebOptions> options)
{
    private readonly byte[]? _expected = options.Value.WriteToken is { Length: > 0 } token ? Encoding.UTF8.GetBytes(token) : null;

    public bool Configured => _expected is not null;

    public bool Matches(string? candidate) =>
        _expected is not null && candidate is not null
        && CryptographicOperations.FixedTimeEquals(_expected, Encoding.UTF8.GetBytes(candidate));

    /// <summary>The token of an <c>Authorization: Bearer …</c> header, or null.</summary>
    public static string? FromHeader(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>Null when the request may write, else the problem to answer with.</summary>
    public IResult? Refuse(string? candidate) =>
        !Configured ? TypedResults.Problem("Writes are disabled: the server has no MANDAAT_TOKEN.", statusCode: StatusCodes.Status403Forbidden)
        : Matches(candidate) ? null
        : TypedResults.Problem("A valid 'Authorization: Bearer <token>' header is needed to write.", statusCode: StatusCodes.Status401Unauthorized);
}
