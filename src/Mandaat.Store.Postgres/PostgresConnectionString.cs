using System.Text.RegularExpressions;
using Mandaat.Core;
using Npgsql;

namespace Mandaat.Store.Postgres;

/// <summary>
/// Turns a PostgreSQL address users type for --db into an Npgsql connection string: a libpq-style URI
/// (<c>postgres://user:password@host:port/db?sslmode=require</c>) or a keyword string (<c>Host=…;Database=…</c>),
/// which is checked and passed on. A password left out is taken from PGPASSWORD or ~/.pgpass by Npgsql.
/// Which addresses are PostgreSQL's is decided by the composition root (Mandaat.Hosting's StoreLocation).
/// </summary>
public static partial class PostgresConnectionString
{
    private const int DefaultPort = 5432;

    public static Outcome<string> From(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Contains("://", StringComparison.Ordinal) ? FromUri(location) : FromKeywords(location);
    }

    private static Outcome<string> FromKeywords(string location)
    {
        try
        {
            return Outcome<string>.Ok(new NpgsqlConnectionStringBuilder(location).ConnectionString);
        }
        catch (ArgumentException ex)
        {
            return Outcome<string>.Fail($"the PostgreSQL connection string is not valid: {ex.Message}");
        }
    }

    private static Outcome<string> FromUri(string location)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return Outcome<string>.Fail($"the PostgreSQL address is not valid: {Redact(location)}; write it as postgres://user@host:port/database");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port,
        };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (Uri.UnescapeDataString(k), Uri.UnescapeDataString(v)) : (pair, string.Empty);
            var applied = Apply(builder, key, value);
            if (applied is not null)
            {
                return Outcome<string>.Fail(applied);
            }
        }

        return Outcome<string>.Ok(builder.ConnectionString);
    }

    /// <summary>The libpq parameters people put in URIs; null when applied, else why not.</summary>
    private static string? Apply(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        switch (key.ToLowerInvariant())
        {
            case "sslmode" when Enum.TryParse<SslMode>(value.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var mode):
                builder.SslMode = mode;
                return null;
            case "application_name":
                builder.ApplicationName = value;
                return null;
            case "connect_timeout" when int.TryParse(value, out var seconds) && seconds > 0:
                builder.Timeout = seconds;
                return null;
            case "user":
                builder.Username = value;
                return null;
            case "password":
                builder.Password = value;
                return null;
            case "options" or "search_path":
                builder.SearchPath = value.Replace("-c search_path=", string.Empty, StringComparison.Ordinal);
                return null;
            default:
                return $"the PostgreSQL address has a parameter Mandaat does not know: {key}={value} (known: sslmode, application_name, connect_timeout, user, password, search_path)";
        }
    }

    /// <summary>The address without its password, for messages: a URI's user info or a keyword string's password.</summary>
    public static string Redact(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (!location.Contains("://", StringComparison.Ordinal))
        {
            return KeywordPassword().Replace(location, "$1***");
        }

        var at = location.IndexOf('@', StringComparison.Ordinal);
        var scheme = location.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || at < scheme)
        {
            return location;
        }

        var userInfo = location[(scheme + 3)..at];
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? location : location[..(scheme + 3)] + userInfo[..colon] + ":***" + location[at..];
    }

    // Npgsql reads a password under any of these keywords, quoted or not, in any case.
    [GeneratedRegex(@"((?:^|;)\s*(?:password|pwd|psw)\s*=\s*)(?:""(?:[^""]|"""")*""|'(?:[^']|'')*'|[^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeywordPassword();
}
