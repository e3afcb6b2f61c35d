using System.Text;
using Mandaat.Testing;

namespace Mandaat.Cli.Tests;

/// <summary>
/// <c>ingest --revision</c> (issue 24): a revised text of a stored paper under another file name becomes its new
/// version, where without the flag it is taken for a copy from another site; the earlier version stays readable
/// with <c>show --version</c>. The real kst-27925-662 (tweedekamer.nl), revised as a correction would revise it
/// (another number of military personnel), through the real CLI on SQLite and PostgreSQL.
/// </summary>
public sealed class RevisionIngestTests : IDisposable
{
    private static readonly string Original = Path.Combine(RepoPaths.Root, "tests", "data", "realworld", "tweedekamer-2019D41884.txt");

    private readonly CliWorkspace _workspace = new();
    private PostgresTestDatabase? _database;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void A_revised_text_under_another_name_is_a_new_version_when_the_uploader_says_so(string backend)
    {
        string[] db = backend == "postgres" ? ["--db", (_database = PostgresTestDatabase.Create()).Uri] : [];
        var text = File.ReadAllText(Original);
        Assert.Contains("60 militairen", text, StringComparison.Ordinal);
        var revised = _workspace.Write("wijziging-kst-27925-662.txt", Encoding.UTF8.GetBytes(text.Replace("60 militairen", "75 militairen", StringComparison.Ordinal)));
        Assert.Equal(0, Run(db, "ingest", Original).ExitCode);

        var asCopy = Run(db, "ingest", revised, "--json");
        var asRevision = Run(db, "ingest", revised, "--revision", "--json");

        // Without the flag the other file name makes it a copy (kept beside the text, whose file name sorts first);
        // said to be a revision, the same file is the new version.
        Assert.True(asCopy.ExitCode == 0, asCopy.Stderr);
        Assert.Equal(1, asCopy.Json.GetProperty("unchanged").GetArrayLength());
        Assert.True(asRevision.ExitCode == 0, asRevision.Stderr);
        Assert.Equal("kst-27925-662", asRevision.Json.GetProperty("updated")[0].GetProperty("id").GetString());
        var current = Run(db, "show", "kst-27925-662", "--json");
        var earlier = Run(db, "show", "kst-27925-662", "--version", "1", "--json");
        Assert.Equal((2, 1), (current.Json.GetProperty("version").GetInt32(), earlier.Json.GetProperty("version").GetInt32()));
        Assert.Contains("75 militairen", current.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("60 militairen", current.Stdout, StringComparison.Ordinal);
        Assert.Contains("60 militairen", earlier.Stdout, StringComparison.Ordinal);

        // A second revision names its version; the current text again, or a copy of the same words, adds none.
        var second = _workspace.Write("brief-662-rectificatie-v3.txt", Encoding.UTF8.GetBytes(text.Replace("60 militairen", "80 militairen", StringComparison.Ordinal)));
        var named = Run(db, "ingest", second, "--revision");
        Assert.True(named.ExitCode == 0, named.Stderr);
        Assert.Contains("kst-27925-662: version 3", named.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, Run(db, "ingest", second, "--revision", "--json").Json.GetProperty("unchanged").GetArrayLength());
        var sameWords = _workspace.Write("zelfde.txt", Encoding.UTF8.GetBytes(text.Replace("60 militairen", "80 militairen", StringComparison.Ordinal) + "\n\n"));
        Assert.Equal(1, Run(db, "ingest", sameWords, "--revision", "--json").Json.GetProperty("unchanged").GetArrayLength());
        Assert.Equal(3, Run(db, "show", "kst-27925-662", "--json").Json.GetProperty("versions").GetArrayLength());
    }

    private CliRun Run(string[] db, params string[] args) => _workspace.Run([.. db, .. args]);

    public void Dispose()
    {
        _workspace.Dispose();
        _database?.Dispose();
    }
}
