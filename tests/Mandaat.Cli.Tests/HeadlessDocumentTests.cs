namespace Mandaat.Cli.Tests;

/// <summary>A text with no head of its own is shown with empty identification and a warning, never with a number borrowed from what it cites.</summary>
public sealed class HeadlessDocumentTests : IDisposable
{
    // A passage as a reader would paste it from a letter: it cites two papers and prints no head, number or date.
    private const string Passage =
        "Op 18 januari 2013 heeft de regering de Kamer gemeld de mogelijkheid van een bijdrage aan de EU Trainingsmissie " +
        "in Mali te zullen bezien (Kamerstuk 29 521, nr. 202). Op 11 april heeft de regering de Kamer geïnformeerd over de " +
        "bijdragen van de verschillende EU-lidstaten (Kamerstuk 29 521, nr. 207). Inmiddels is de missie gevuld.\n";

    private readonly CliWorkspace _workspace = new();

    [Fact]
    public void Show_warns_and_leaves_the_head_empty()
    {
        var ingest = _workspace.Run("ingest", _workspace.Write("passage.txt", System.Text.Encoding.UTF8.GetBytes(Passage)), "--json");
        Assert.Equal(0, ingest.ExitCode);
        var id = ingest.Json.GetProperty("ingested")[0].GetProperty("id").GetString()!;

        var json = _workspace.Run("show", id, "--json");
        var text = _workspace.Run("show", id);

        Assert.Equal(0, json.ExitCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.Json.GetProperty("dossier").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.Json.GetProperty("number").ValueKind);
        Assert.Equal("no-head", Assert.Single(json.Json.GetProperty("warnings").EnumerateArray()).GetProperty("code").GetString());
        Assert.Contains("warning:", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paper_with_its_head_has_no_warning()
    {
        var ingest = _workspace.Run("ingest", Path.Combine(RepoPaths.Samples, "001_326debb848e5d1bd.txt"));
        Assert.Equal(0, ingest.ExitCode);

        var show = _workspace.Run("show", "kst-27925-607", "--json");

        Assert.Equal(0, show.Json.GetProperty("warnings").GetArrayLength());
    }

    public void Dispose() => _workspace.Dispose();
}
