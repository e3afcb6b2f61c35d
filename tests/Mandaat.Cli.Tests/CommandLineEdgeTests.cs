using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Mandaat.Cli.Commands;

namespace Mandaat.Cli.Tests;

/// <summary>
/// The rough edges a hostile trial found in the command line (issue 25, item 7), through the real CLI process:
/// each case read wrongly or printed more than the one line a user needs.
/// </summary>
public sealed class CommandLineEdgeTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    private CliWorkspace Workspace => samples.Workspace;

    [Fact]
    public void An_unquoted_query_of_several_words_searches_them_all()
    {
        var unquoted = Workspace.Run("search", "force", "protection", "--json");
        var quoted = Workspace.Run("search", "force protection", "--json");

        Assert.True(unquoted.ExitCode == 0, unquoted.Stderr);
        Assert.NotEqual(0, unquoted.Json.GetArrayLength());
        Assert.Equal(Ids(quoted.Json), Ids(unquoted.Json));
    }

    [Theory]
    [InlineData(new[] { "force protection" }, "force protection")]
    [InlineData(new[] { "force", "protection" }, "force protection")]
    [InlineData(new[] { "strijd tegen", "ISIS" }, "\"strijd tegen\" ISIS")]
    [InlineData(new[] { "\"strijd tegen\" ISIS", "Irak" }, "\"strijd tegen\" ISIS Irak")]
    [InlineData(new[] { "Erbil", "from:2020 to:2021" }, "Erbil from:2020 to:2021")]
    public void Words_the_shell_passed_apart_join_and_a_group_among_them_stays_a_phrase(string[] words, string query) =>
        Assert.Equal(query, QueryWords.Join(words));

    [Fact]
    public void Facts_with_json_print_json_not_a_table_unless_a_format_is_named()
    {
        var json = Workspace.Run("facts", "kst-27925-607", "--json");
        var jsonl = Workspace.Run("facts", "kst-27925-607", "--json", "--format", "jsonl");

        Assert.True(json.ExitCode == 0, json.Stderr);
        Assert.Equal(JsonValueKind.Array, json.Json.ValueKind);
        Assert.NotEqual(0, json.Json.GetArrayLength());
        var firstLine = jsonl.Stdout.Split('\n')[0];
        Assert.Equal("document", JsonDocument.Parse(firstLine).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public void Export_to_a_folder_or_into_a_missing_folder_says_so_instead_of_blaming_access_rights()
    {
        var folder = Workspace.Run("export", "missions", "--format", "csv", "--out", Workspace.Folder);
        var missing = Workspace.Run("export", "missions", "--format", "csv", "--out", Path.Combine(Workspace.Folder, "nergens", "m.csv"));

        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("names a folder, not a file", folder.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", folder.Stderr + missing.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_busy_port_is_one_error_line_without_a_stack_trace()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var run = Workspace.Run("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.StartsWith("error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_named_once_in_its_error()
    {
        using var workspace = new CliWorkspace();
        var broken = workspace.Write("kapot.pdf", "%PDF-1.4 afgebroken"u8.ToArray());

        var run = workspace.Run("ingest", broken, "--json");

        Assert.Equal(1, run.ExitCode);
        var failure = run.Json.GetProperty("failed")[0];
        Assert.Equal(broken, failure.GetProperty("path").GetString());
        Assert.DoesNotContain("kapot.pdf", failure.GetProperty("error").GetString(), StringComparison.Ordinal);
        var errorLine = run.Stderr.Split('\n').Single(line => line.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Equal(1, CountOf(errorLine, "kapot.pdf"));
    }

    private static List<string?> Ids(JsonElement hits) => hits.EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
