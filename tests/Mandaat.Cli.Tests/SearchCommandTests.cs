using System.Text.Json;

namespace Mandaat.Cli.Tests;

/// <summary>search and questions through the real CLI process on the ingested samples.</summary>
public sealed class SearchCommandTests : IClassFixture<IngestedSamples>
{
    private readonly IngestedSamples _samples;

    public SearchCommandTests(IngestedSamples samples) => _samples = samples;

    [Fact]
    public void Search_json_gives_hits_in_the_contract_shape_best_first_with_a_marked_snippet()
    {
        var run = _samples.Workspace.Run("search", "KDC-10", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var hits = run.Json.EnumerateArray().ToList();
        Assert.Equal("kst-27925-607", hits[0].GetProperty("id").GetString());
        foreach (var field in new[] { "id", "title", "kind", "dossier", "number", "date", "score", "snippet" })
        {
            Assert.True(hits[0].TryGetProperty(field, out _), field);
        }

        Assert.Contains("**KDC-10**", hits[0].GetProperty("snippet").GetString());
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public void Search_finds_stemmed_and_folded_forms_and_honours_filters_limit_and_sort()
    {
        Assert.NotEqual(0, _samples.Workspace.Run("search", "Syrie", "--json").Json.GetArrayLength());
        Assert.NotEqual(0, _samples.Workspace.Run("search", "helm", "--json").Json.GetArrayLength());
        var questions = _samples.Workspace.Run("search", "Erbil", "--kind", "vragen-en-antwoorden", "--json").Json;
        Assert.All(questions.EnumerateArray(), h => Assert.Equal("kst-27925-748", h.GetProperty("id").GetString()));
        Assert.Equal(2, _samples.Workspace.Run("search", "Erbil", "--limit", "2", "--json").Json.GetArrayLength());
        var dated = _samples.Workspace.Run("search", "Erbil", "--sort", "date", "--from", "2014-01-01", "--json").Json.EnumerateArray()
            .Select(h => h.GetProperty("date").ValueKind == JsonValueKind.Null ? null : h.GetProperty("date").GetString()).ToList();
        Assert.All(dated, d => Assert.NotNull(d));
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), dated);
    }

    [Fact]
    public void Vraag_gives_one_hit_per_matching_question()
    {
        var run = _samples.Workspace.Run("search", "vraag:COVID-19", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.All(run.Json.EnumerateArray(), h => Assert.Equal("question", h.GetProperty("unit").GetString()));
        Assert.True(run.Json.GetArrayLength() >= 2);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR (")]
    [InlineData("NEAR(")]
    [InlineData("'; DROP TABLE documents;--")]
    public void Hostile_queries_run_as_words_or_fail_with_an_error_line_never_a_crash(string query)
    {
        var run = _samples.Workspace.Run("search", query, "--json");

        // The contract allows both: run as plain words, or exit 2 with one error line (nothing left to search).
        Assert.True(run.ExitCode is 0 or 2, run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        if (run.ExitCode == 0)
        {
            Assert.Equal(JsonValueKind.Array, run.Json.ValueKind);
        }
        else
        {
            Assert.StartsWith("error:", run.Stderr.TrimStart());
        }

        Assert.Equal(5, _samples.Workspace.Run("list", "--json").Json.GetArrayLength());
    }

    [Theory]
    [InlineData("-Syrië")]
    [InlineData("kind:roman ISIS")]
    [InlineData("!!!")]
    public void Queries_without_an_answer_exit_two_with_one_error_line(string query)
    {
        var run = _samples.Workspace.Run("search", query, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error:", run.Stderr.TrimStart());
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout.Trim());
    }

    [Fact]
    public void A_five_thousand_character_query_and_a_bad_date_exit_two()
    {
        Assert.Equal(2, _samples.Workspace.Run("search", new string('x', 5000)).ExitCode);
        Assert.Equal(2, _samples.Workspace.Run("search", "ISIS", "--from", "gisteren").ExitCode);
        Assert.Equal(2, _samples.Workspace.Run("search", "ISIS", "--limit", "0").ExitCode);
    }

    [Fact]
    public void Questions_of_sample_003_are_69_numbered_pairs_with_their_pointers()
    {
        var run = _samples.Workspace.Run("questions", "kst-27925-748", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var questions = run.Json.EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 69), questions.Select(q => q.GetProperty("number").GetInt32()));
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("answer").GetString())));
        var q65 = questions[64];
        Assert.Equal([12], q65.GetProperty("refers_to").EnumerateArray().Select(r => r.GetInt32()));
    }

    [Fact]
    public void Questions_of_a_letter_is_an_empty_list_and_of_an_unknown_id_exits_two()
    {
        var letter = _samples.Workspace.Run("questions", "kst-27925-504", "--json");
        Assert.Equal(0, letter.ExitCode);
        Assert.Equal(0, letter.Json.GetArrayLength());

        var unknown = _samples.Workspace.Run("questions", "kst-0-0");
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("error:", unknown.Stderr.TrimStart());
    }
}
