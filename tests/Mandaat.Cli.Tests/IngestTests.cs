using System.Text.Json;

namespace Mandaat.Cli.Tests;

/// <summary>Ingesting the real samples and bad input through the real CLI process, into a real SQLite file.</summary>
public sealed class IngestTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    [Fact]
    public void The_samples_are_ingested_identified_and_listed_and_a_second_ingest_adds_nothing()
    {
        var first = _workspace.Run("ingest", RepoPaths.Samples, "--json");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Equal(5, first.Json.GetProperty("ingested").GetArrayLength());
        Assert.Equal(0, first.Json.GetProperty("failed").GetArrayLength());

        var list = _workspace.Run("list", "--json");
        Assert.Equal(0, list.ExitCode);
        var documents = list.Json.EnumerateArray().ToDictionary(d => Path.GetFileName(d.GetProperty("path").GetString()!)[..3]);
        Assert.Equal(5, documents.Count);
        AssertDocument(documents["001"], "kst-27925-607", "voortgangsrapportage", "27925", "607", "2016-2017", null);
        AssertDocument(documents["003"], "kst-27925-748", "vragen-en-antwoorden", "27925", "748", "2020-2021", null);
        AssertDocument(documents["004"], "kst-27925-504", "brief", "27925", "504", "2013-2014", "2014-09-10");
        Assert.Equal("artikel100", documents["002"].GetProperty("kind").GetString());
        Assert.Equal("2022-10-28", documents["002"].GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, documents["002"].GetProperty("number").ValueKind);
        Assert.Equal(JsonValueKind.Null, documents["000"].GetProperty("number").ValueKind);
        Assert.StartsWith("doc-", documents["000"].GetProperty("id").GetString());

        var second = _workspace.Run("ingest", RepoPaths.Samples, "--json");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(0, second.Json.GetProperty("ingested").GetArrayLength());
        Assert.Equal(5, second.Json.GetProperty("unchanged").GetArrayLength());
    }

    [Fact]
    public void A_folder_of_good_and_bad_files_ingests_the_good_reports_each_bad_one_and_exits_one()
    {
        var folder = Path.Combine(_workspace.Folder, "mixed");
        File.Copy(Path.Combine(RepoPaths.Samples, "004_1032a86c60c8a1fe.txt"), _workspace.Write("mixed/good.txt", []), overwrite: true);
        _workspace.Write("mixed/empty.txt", []);
        _workspace.Write("mixed/random.pdf", RandomBytes(4096));
        var xml = File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "op-handelingen", "h-tk-20172018-61-10.xml"));
        _workspace.Write("mixed/truncated.xml", xml[..(xml.Length / 2)]);
        File.Copy(Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "tk-resources"), "*.doc")[0], Path.Combine(folder, "legacy.doc"));
        var missing = Path.Combine(_workspace.Folder, "does-not-exist.pdf");

        var run = _workspace.Run("ingest", folder, missing, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal(1, run.Json.GetProperty("ingested").GetArrayLength());
        var failed = run.Json.GetProperty("failed").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!), f => f.GetProperty("error").GetString()!);
        Assert.Equal(["does-not-exist.pdf", "empty.txt", "legacy.doc", "random.pdf", "truncated.xml"], failed.Keys.Order());
        Assert.All(failed.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        Assert.Contains(".docx", failed["legacy.doc"]);
        Assert.Equal(5, run.Stderr.Split('\n').Count(l => l.StartsWith("error:", StringComparison.Ordinal)));

        var list = _workspace.Run("list", "--json");
        Assert.Equal(1, list.Json.GetArrayLength());
    }

    [Fact]
    public void An_unreadable_file_is_reported_or_when_the_user_may_read_anyway_ingested()
    {
        var path = Path.Combine(_workspace.Folder, "locked.txt");
        File.Copy(Path.Combine(RepoPaths.Samples, "004_1032a86c60c8a1fe.txt"), path);
        File.SetUnixFileMode(path, UnixFileMode.None);
        var readable = CanRead(path); // root reads any file: then the file must simply be ingested.

        var run = _workspace.Run("ingest", path, "--json");

        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal(readable ? 0 : 1, run.ExitCode);
        Assert.Equal(readable ? 0 : 1, run.Json.GetProperty("failed").GetArrayLength());
        if (!readable)
        {
            Assert.Contains("permission", run.Json.GetProperty("failed")[0].GetProperty("error").GetString());
        }
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private static void AssertDocument(JsonElement document, string id, string kind, string dossier, string number, string session, string? date)
    {
        Assert.Equal(id, document.GetProperty("id").GetString());
        Assert.Equal(kind, document.GetProperty("kind").GetString());
        Assert.Equal(dossier, document.GetProperty("dossier").GetString());
        Assert.Equal(number, document.GetProperty("number").GetString());
        Assert.Equal(session, document.GetProperty("session").GetString());
        Assert.Equal(date, document.GetProperty("date").ValueKind == JsonValueKind.Null ? null : document.GetProperty("date").GetString());
    }

    public void Dispose() => _workspace.Dispose();
}
