using Mandaat.Hosting;
using Mandaat.Store;

namespace Mandaat.Hosting.Tests;

/// <summary>The one place that tells the engines apart: what users type for --db, described without a password and opened migrated.</summary>
public sealed class StoreLocationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-hosting-").FullName;

    [Theory]
    [InlineData("postgres://u@h/d", true)]
    [InlineData("postgresql://u@h:5433/d?sslmode=require", true)]
    [InlineData("Host=h;Database=d", true)]
    [InlineData("mandaat.db", false)]
    [InlineData("/data/postgres/mandaat.db", false)]
    public void PostgreSQL_addresses_are_told_from_SQLite_paths(string address, bool postgres) =>
        Assert.Equal(postgres, StoreLocation.Parse(address).Value.IsPostgres);

    [Fact]
    public void The_description_hides_a_password_and_keeps_a_path()
    {
        Assert.Equal("postgres://ingest:***@h:5432/d", StoreLocation.Parse("postgres://ingest:geheim@h:5432/d").Value.Description);
        Assert.Equal("/data/mandaat.db", StoreLocation.Parse("/data/mandaat.db").Value.Description);
    }

    [Theory]
    [InlineData("postgres://bad host", "the PostgreSQL address is not valid: postgres://bad host; write it as postgres://user@host:port/database")]
    [InlineData("postgres://u:secret@h/d?frob=1", "the PostgreSQL address has a parameter Mandaat does not know: frob=1")]
    public void A_malformed_address_is_refused_with_the_reason_before_anything_is_opened(string address, string reason)
    {
        var location = StoreLocation.Parse(address);

        Assert.False(location.Succeeded);
        Assert.StartsWith(reason, location.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_SQLite_location_opens_a_migrated_store_in_its_file()
    {
        var path = Path.Combine(_folder, "mandaat.db");

        await using var store = await StoreLocation.Parse(path).Value.OpenAsync(default);

        Assert.True(File.Exists(path));
        Assert.Empty(await store.ListAsync(DocumentFilter.None, default));
    }

    [Fact]
    public async Task A_PostgreSQL_location_opens_a_migrated_store_on_the_server()
    {
        using var database = PostgresTestDatabase.Create();

        await using var store = await StoreLocation.Parse(database.Uri).Value.OpenAsync(default);

        Assert.Empty(await store.ListAsync(DocumentFilter.None, default));
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_says_why()
    {
        var location = StoreLocation.Parse(Path.Combine(_folder, "missing", "mandaat.db")).Value;

        var error = await Assert.ThrowsAsync<StoreException>(() => location.OpenAsync(default));

        Assert.Contains("the folder of the database does not exist", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
