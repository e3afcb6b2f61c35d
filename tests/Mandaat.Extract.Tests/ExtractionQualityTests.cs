using System.Text.Json.Nodes;
using Mandaat.Core.Facts;
using Mandaat.Evaluation;
using Mandaat.Pipeline;

namespace Mandaat.Extract.Tests;

/// <summary>The quality targets of the extraction issue, measured by the same scorer as `eval`.</summary>
public sealed class ExtractionQualityTests
{
    [Fact]
    public void On_the_samples_micro_F1_is_at_least_095_and_no_type_is_below_085()
    {
        var result = Score(RepoPaths.Samples);

        var report = string.Join(", ", result.Types.Select(t => $"{t.Key} {t.Value.F1:0.00}"));
        Assert.True(result.Micro.F1 >= 0.95, $"micro F1 {result.Micro.F1:0.000}; {report}");
        Assert.All(result.Types.Concat(result.Extra), t => Assert.True(t.Value.F1 >= 0.85, $"{t.Key} F1 {t.Value.F1:0.000}; {report}"));
    }

    [Fact]
    public void On_real_text_of_other_kinds_and_subjects_micro_F1_is_at_least_085()
    {
        var result = Score(Path.Combine(RepoPaths.Root, "tests", "data", "generality"));

        var report = string.Join(", ", result.Types.Select(t => $"{t.Key} {t.Value.F1:0.00}"));
        Assert.True(result.Micro.F1 >= 0.85, $"micro F1 {result.Micro.F1:0.000}; {report}");
    }

    internal static EvaluationResult Score(string folder)
    {
        var processor = DefaultPipeline.CreateProcessor();
        var documents = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var gold = GoldFile.Read(Path.ChangeExtension(path, ".jsonl")).Value;
            var facts = processor.Process(File.ReadAllBytes(path), path).Value.Facts;
            var predicted = facts.Select(f => (JsonObject)JsonNode.Parse(FactJson.Serialize(f, gold: true))!).ToList();
            return new ScoredDocument(Path.GetFileName(path), gold, predicted);
        });
        return GoldScorer.Score(documents);
    }
}
