using System.Text.Json;

namespace Mandaat.Cli.Tests;

/// <summary>show, facts and eval on the ingested samples.</summary>
public sealed class DocumentCommandTests : IClassFixture<IngestedSamples>
{
    private readonly IngestedSamples _samples;

    public DocumentCommandTests(IngestedSamples samples) => _samples = samples;

    [Fact]
    public void Show_gives_the_document_with_sections_facts_and_signatories()
    {
        var run = _samples.Workspace.Run("show", "kst-27925-504", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("kst-27925-504", run.Json.GetProperty("id").GetString());
        Assert.NotEqual(0, run.Json.GetProperty("sections").GetArrayLength());
        Assert.NotEqual(0, run.Json.GetProperty("facts").GetArrayLength());
        var names = run.Json.GetProperty("signatories").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal(2, names.Count);
    }

    [Fact]
    public void Facts_of_a_file_in_jsonl_are_in_the_gold_format_with_the_document_first()
    {
        var run = _samples.Workspace.Run("facts", Path.Combine(RepoPaths.Samples, "001_326debb848e5d1bd.txt"), "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("document", lines[0].GetProperty("type").GetString());
        Assert.Equal("607", lines[0].GetProperty("number").GetString());
        Assert.All(lines, l => Assert.False(l.TryGetProperty("citation", out _)));
        Assert.Contains(lines, l => l.GetProperty("type").GetString() == "reference");
    }

    [Fact]
    public void Facts_in_json_carry_a_citation_with_span_and_page()
    {
        var run = _samples.Workspace.Run("facts", "kst-27925-607", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var text = _samples.Workspace.Run("show", "kst-27925-607", "--json");
        Assert.Equal(0, text.ExitCode);
        foreach (var fact in run.Json.EnumerateArray())
        {
            var citation = fact.GetProperty("citation");
            Assert.Equal("kst-27925-607", citation.GetProperty("document").GetString());
            Assert.True(citation.GetProperty("end").GetInt32() >= citation.GetProperty("start").GetInt32());
        }
    }

    [Fact]
    public void Eval_prints_micro_and_per_type_scores_in_the_contract_shape()
    {
        var run = _samples.Workspace.Run("eval", RepoPaths.Samples, "--json");

        Assert.Equal(0, run.ExitCode);
        var micro = run.Json.GetProperty("micro");
        Assert.InRange(micro.GetProperty("f1").GetDouble(), 0, 1);
        Assert.True(micro.TryGetProperty("precision", out _) && micro.TryGetProperty("recall", out _));
        var money = run.Json.GetProperty("types").GetProperty("money");
        Assert.Equal(36, money.GetProperty("gold").GetInt32());
    }

    [Fact]
    public void List_filters_by_kind()
    {
        var run = _samples.Workspace.Run("list", "--kind", "vragen-en-antwoorden", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("kst-27925-748", Assert.Single(run.Json.EnumerateArray()).GetProperty("id").GetString());
    }
}
