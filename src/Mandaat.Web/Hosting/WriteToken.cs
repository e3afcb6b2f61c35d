using System.Security.Cryptography;
using System.Text;
using Mandaat.Web.Api;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mandaat.Web.Hosting;

/// <summary>
/// The write token (MANDAAT_TOKEN). Reads are public; writes need it, compared in constant time so the
/// answer time says nothing about how much of a guess was right. Without a token, writes are refused.
/// </summary>
public sealed class WriteToken(IOptions<WebOptions> options)
{
    /// <summary>The challenge of a 401 (RFC 6750): the scheme a client must use.</summary>
    public const string Challenge = "Bearer realm=\"mandaat\"";

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

    /// <summary>Null when the request may write, else the problem to answer with (a 401 carries the Bearer challenge).</summary>
    public IResult? Refuse(string? candidate) =>
        !Configured ? ApiProblem.Create(StatusCodes.Status403Forbidden, ProblemTypes.WritesDisabled, "Schrijven is uitgeschakeld", "Deze server neemt geen documenten aan: er is geen MANDAAT_TOKEN ingesteld.")
        : Matches(candidate) ? null
        : new WithHeader(
            ApiProblem.Create(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, "Niet gemachtigd", "Voor schrijven is een geldige kop 'Authorization: Bearer <token>' nodig."),
            HeaderNames.WWWAuthenticate,
            candidate is null ? Challenge : Challenge + ", error=\"invalid_token\"");
}
