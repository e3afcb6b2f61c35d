using System.Text;
using System.Text.Json.Nodes;
using Mandaat.Core.Facts;
using Mandaat.Evaluation.Specification;
using Mandaat.Missions;
using Mandaat.Pipeline;

namespace Mandaat.Extract.Tests;

/// <summary>
/// The extraction specification (tests/data/extraction-spec): each row's phrase goes through the whole
/// pipeline as a document of its own. A row that holds must give exactly its facts; a known gap must
/// still fail, so that a fix is recorded in the table where readers look.
/// </summary>
public sealed class ExtractionSpecificationTests
{
    private static readonly DocumentProcessor Processor = DefaultPipeline.CreateProcessor(MissionCatalog.Load());

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "data", "extraction-spec");

    public static TheoryData<string> Rows()
    {
        var data = new TheoryData<string>();
        foreach (var row in Table())
        {
            data.Add(row.Location);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Row(string location)
    {
        var row = Table().Single(r => r.Location == location);
        var processed = Processor.Process(Encoding.UTF8.GetBytes(row.Phrase), "phrase.txt");
        Assert.True(processed.Succeeded, $"{location}: {processed.Error}");
        var found = processed.Value.Facts
            .Select(f => (JsonObject)JsonNode.Parse(FactJson.Serialize(f, gold: true))!)
            .Where(f => (string?)f["type"] == row.Type)
            .ToList();

        var mismatch = SpecificationCheck.Mismatch(row, found);

        if (row.Holds)
        {
            Assert.True(mismatch is null, $"{location} ({row.Source}): {mismatch}");
        }
        else
        {
            Assert.True(mismatch is not null, $"{location} ({row.Source}): a known gap now holds; mark it \"yes\"");
        }
    }

    [Fact]
    public void The_table_has_at_least_150_rows_and_every_fact_type()
    {
        var rows = Table();

        Assert.True(rows.Count >= 150, $"{rows.Count} rows");
        var types = FactType.All.Select(t => t.ToString()).ToList();
        Assert.Empty(types.Except(rows.Select(r => r.Type)));
        Assert.Empty(rows.Select(r => r.Type).Except(types));
    }

    private static IReadOnlyList<SpecificationRow> Table() => Cache.Value;

    private static readonly Lazy<IReadOnlyList<SpecificationRow>> Cache = new(() =>
    {
        var read = SpecificationTable.ReadFolder(Folder);
        return read.Succeeded ? read.Value : throw new InvalidDataException(read.Error);
    });
}
