using Mandaat.Store.Postgres;
using Npgsql;

namespace Mandaat.Store.Tests;

/// <summary>What users type for --db becomes an Npgsql connection string, or a clear refusal.</summary>
public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("postgres://mandaat@db.example.nl:6543/register", "db.example.nl", 6543, "register", "mandaat", null)]
    [InlineData("postgresql://ingest:geheim%40123@10.0.0.5/mandaat", "10.0.0.5", 5432, "mandaat", "ingest", "geheim@123")]
    [InlineData("postgres://web@[::1]:5432/mandaat", "::1", 5432, "mandaat", "web", null)]
    [InlineData("Host=localhost;Port=5433;Username=u;Database=d", "localhost", 5433, "d", "u", null)]
    public void Addresses_become_connection_strings(string location, string host, int port, string database, string user, string? password)
    {
        var outcome = PostgresConnectionString.From(location);

        Assert.True(outcome.Succeeded, outcome.Error);
        var built = new NpgsqlConnectionStringBuilder(outcome.Value);
        Assert.Equal((host, port, database, user, password), (built.Host, built.Port, built.Database, built.Username, built.Password));
    }

    [Fact]
    public void Known_parameters_are_applied_and_unknown_ones_refused()
    {
        var ssl = new NpgsqlConnectionStringBuilder(PostgresConnectionString.From("postgres://u@h/d?sslmode=require&connect_timeout=4").Value);
        Assert.Equal((SslMode.Require, 4), (ssl.SslMode, ssl.Timeout));

        var unknown = PostgresConnectionString.From("postgres://u@h/d?frobnicate=1");
        Assert.False(unknown.Succeeded);
        Assert.Contains("frobnicate", unknown.Error);
    }

    [Fact]
    public void Passwords_are_hidden_in_uri_addresses() =>
        Assert.Equal("postgres://ingest:***@h:5432/d", PostgresConnectionString.Redact("postgres://ingest:geheim@h:5432/d"));

    [Theory]
    [InlineData("Host=h;Username=u;Password=secret;Database=d", "Host=h;Username=u;Password=***;Database=d")]
    [InlineData("Host=h;Database=d;password = secret", "Host=h;Database=d;password = ***")]
    [InlineData("Password=\"se;cret\";Host=h", "Password=***;Host=h")]
    [InlineData("Host=h; PWD='a''b;c'; Database=d", "Host=h; PWD=***; Database=d")]
    [InlineData("Host=h;Database=d", "Host=h;Database=d")]
    public void Passwords_are_hidden_in_keyword_strings(string location, string redacted)
    {
        Assert.Equal(redacted, PostgresConnectionString.Redact(location));
        Assert.DoesNotContain("secret", PostgresConnectionString.Redact(location), StringComparison.Ordinal);
    }
}
