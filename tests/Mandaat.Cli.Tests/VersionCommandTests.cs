using System.Text;
using System.Text.Json;
using Mandaat.Testing;

namespace Mandaat.Cli.Tests;

/// <summary>
/// A revised paper through the real CLI process (issue 25 item 3): ingest a letter, then a corrected text of it;
/// the correction is reported as updated and becomes the current version, and `show --version 1` still gives the
/// first text. Run on SQLite and on PostgreSQL.
/// </summary>
public sealed class VersionCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_corrected_text_of_an_ingested_letter_becomes_its_second_version_and_the_first_stays_readable(bool postgres)
    {
        var store = postgres ? new[] { "--db", _database.Uri } : [];
        var original = File.ReadAllText(Path.Combine(RepoPaths.Samples, "004_1032a86c60c8a1fe.txt"));
        var corrected = original.Replace("Den Haag, 10 september 2014", "Den Haag, 10 september 2014\n\nHerziene versie: de Mosul-dam is heroverd op 9 september.", StringComparison.Ordinal);
        Assert.NotEqual(original, corrected);
        var letter = _workspace.Write("brief/letter.txt", Encoding.UTF8.GetBytes(original));

        var first = _workspace.Run([.. store, "ingest", letter, "--json"]);
        var id = Assert.Single(first.Json.GetProperty("ingested").EnumerateArray()).GetProperty("id").GetString()!;
        _workspace.Write("brief/letter.txt", Encoding.UTF8.GetBytes(corrected));
        var second = _workspace.Run([.. store, "ingest", letter, "--json"]);

        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Equal(id, Assert.Single(second.Json.GetProperty("updated").EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty(second.Json.GetProperty("unchanged").EnumerateArray());
        var current = _workspace.Run([.. store, "show", id, "--json"]).Json;
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal([(1, false), (2, true)], current.GetProperty("versions").EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("current").GetBoolean())));
        var earlier = _workspace.Run([.. store, "show", id, "--version", "1", "--json"]);
        Assert.True(earlier.ExitCode == 0, earlier.Stderr);
        Assert.Equal(1, earlier.Json.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Array, earlier.Json.GetProperty("facts").ValueKind);
        var search = _workspace.Run([.. store, "search", "heroverd", "--json"]);
        Assert.Equal(id, Assert.Single(search.Json.EnumerateArray()).GetProperty("id").GetString());
        var text = _workspace.Run([.. store, "show", id, "--version", "1"]);
        Assert.Contains("version 1", text.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, _workspace.Run([.. store, "show", id, "--version", "3"]).ExitCode);

        // The first file again is an earlier version already stored, not a third one.
        _workspace.Write("brief/letter.txt", Encoding.UTF8.GetBytes(original));
        var again = _workspace.Run([.. store, "ingest", letter, "--json"]);
        Assert.Equal(id, Assert.Single(again.Json.GetProperty("unchanged").EnumerateArray()).GetProperty("id").GetString());
    }

    public void Dispose()
    {
        _workspace.Dispose();
        _database.Dispose();
    }
}
