using System.Text;
using Microsoft.Data.Sqlite;

namespace Mandaat.Cli.Tests;

/// <summary>
/// Content that is no document (issue 25): noise, one endless word and text without a sentence are refused
/// with the reason; escape sequences inside a real letter are blanked before it is stored and never reach
/// the terminal through list or show, even from a store written before.
/// </summary>
public sealed class ContentSanityTests : IDisposable
{
    private const string Escape = "\u001b[2J\u001b]0;gekaapt\u0007";

    private readonly CliWorkspace _workspace = new();

    [Fact]
    public void Noise_an_endless_word_and_text_without_sentences_are_refused_with_what_was_found()
    {
        var noise = new byte[64 * 1024];
        new Random(25).NextBytes(noise);
        _workspace.Write("rommel/ruis.txt", noise);
        _workspace.Write("rommel/ruis.html", noise);
        _workspace.Write("rommel/woord.txt", Encoding.UTF8.GetBytes(new string('a', 300_000)));
        _workspace.Write("rommel/lijst.txt", Encoding.UTF8.GetBytes(string.Join(' ', Enumerable.Range(0, 400).Select(i => $"woord{i % 7}x"))));

        var run = _workspace.Run("ingest", Path.Combine(_workspace.Folder, "rommel"), "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Json.GetProperty("ingested").EnumerateArray());
        var failed = run.Json.GetProperty("failed").EnumerateArray().ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!), f => f.GetProperty("error").GetString()!);
        Assert.Matches("^not a document: .*% of its characters are control codes or undecodable bytes, as in a binary file$", failed["ruis.txt"]);
        Assert.StartsWith("not a document: ", failed["ruis.html"]);
        Assert.Equal("not a document: most of its text is in words longer than 200 characters (the longest has 300000); a document is written in words", failed["woord.txt"]);
        Assert.Equal("not a document: its 400 words hold no full stop, colon, question or exclamation mark; a document is written in sentences", failed["lijst.txt"]);
    }

    [Fact]
    public void Escape_sequences_in_a_letter_are_blanked_in_the_store_and_kept_off_the_terminal()
    {
        var letter = File.ReadAllText(Path.Combine(RepoPaths.Samples, "004_1032a86c60c8a1fe.txt"))
            .Replace("Recente ontwikkelingen", "Recente " + Escape + "ontwikkelingen", StringComparison.Ordinal);
        var path = _workspace.Write("brief.txt", Encoding.UTF8.GetBytes(letter));

        var ingest = _workspace.Run("ingest", path, "--json");

        Assert.Equal(0, ingest.ExitCode);
        Assert.DoesNotContain(StoredTexts(), text => text.Any(c => c == '\u001b' || c == '\u0007'));
        Assert.Contains(StoredTexts(), text => text.Contains("Recente", StringComparison.Ordinal));
        var show = _workspace.Run("show", "kst-27925-504");
        Assert.Equal(0, show.ExitCode);
        Assert.DoesNotContain('\u001b', show.Stdout);
    }

    [Fact]
    public void A_title_with_an_escape_sequence_from_an_older_store_reaches_the_terminal_defused()
    {
        Assert.Equal(0, _workspace.Run("ingest", Path.Combine(RepoPaths.Samples, "004_1032a86c60c8a1fe.txt")).ExitCode);
        Execute($"UPDATE documents SET title = 'Brief{Escape}'");
        Execute($"UPDATE sections SET heading = heading || '{Escape}'");

        var list = _workspace.Run("list");
        var show = _workspace.Run("show", "kst-27925-504");

        Assert.Equal((0, 0), (list.ExitCode, show.ExitCode));
        Assert.Contains("Brief\uFFFD[2J\uFFFD]0;gekaapt\uFFFD", list.Stdout);
        Assert.DoesNotContain(list.Stdout + show.Stdout, c => c is '\u001b' or '\u0007');
    }

    private List<string> StoredTexts()
    {
        using var connection = new SqliteConnection($"Data Source={_workspace.Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM documents UNION ALL SELECT heading FROM sections";
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_workspace.Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _workspace.Dispose();
}
