using System.Text;
using Mandaat.Contract;
using Mandaat.Missions;
using Mandaat.Register.Commitments;
using Mandaat.Register.Export;
using Mandaat.Register.Missions;
using Mandaat.Store.Sqlite;

namespace Mandaat.Cli.Tests;

/// <summary>
/// <c>export</c> reads the register the store keeps (missions, timeline, commitments, ICS) and the facts one document at
/// a time; its files are byte for byte what the route that read every document whole (<c>MissionRegister.LoadAsync</c>)
/// wrote, on the real samples' store.
/// </summary>
public sealed class ExportRouteTests(IngestedSamples samples) : IClassFixture<IngestedSamples>
{
    [Theory]
    [InlineData("missions", "csv")]
    [InlineData("missions", "json")]
    [InlineData("missions", "ics")]
    [InlineData("timeline", "csv")]
    [InlineData("timeline", "json")]
    [InlineData("timeline", "ics")]
    [InlineData("facts", "csv")]
    [InlineData("facts", "json")]
    [InlineData("commitments", "csv")]
    [InlineData("commitments", "json")]
    public async Task Each_export_equals_what_reading_every_document_whole_gives(string what, string format)
    {
        var file = Path.Combine(samples.Workspace.Folder, $"route-{what}.{format}");
        var run = samples.Workspace.Run("export", what, "--format", format, "--out", file);
        Assert.True(run.ExitCode == 0, run.Stderr);

        var expected = await WholeRouteAsync(what, format);

        Assert.True(expected.Length > 100, $"the reference export of {what} is nearly empty");
        Assert.Equal(expected, await File.ReadAllTextAsync(file, Encoding.UTF8));
        Assert.False(File.Exists(file + ".partial"));
    }

    // The export as it was made before the register was read from the store: every document read whole and linked.
    private async Task<string> WholeRouteAsync(string what, string format)
    {
        await using var store = new SqliteDocumentStore(samples.Workspace.Database);
        var register = new MissionRegister(MissionCatalog.Load());
        var corpus = await register.LoadAsync(store, default);
        var missions = register.All(corpus);
        using var writer = new StringWriter();
        switch (what, format)
        {
            case (_, "ics"):
                writer.Write(IcsCalendar.Write(missions));
                break;
            case ("missions", "csv"):
                CsvTable.Write(writer, ExportRows.Missions(missions));
                break;
            case ("missions", _):
                writer.Write(ContractJson.Text(missions.Select(m => RegisterJson.Summary(m.Mission))));
                break;
            case ("timeline", "csv"):
                CsvTable.Write(writer, ExportRows.Timeline(missions.SelectMany(m => m.Timeline)));
                break;
            case ("timeline", _):
                writer.Write(ContractJson.Text(missions.SelectMany(m => m.Timeline).Select(RegisterJson.Event)));
                break;
            case ("facts", "csv"):
                CsvTable.Write(writer, ExportRows.Facts(corpus));
                break;
            case ("facts", _):
                writer.Write(ContractJson.Text(corpus.Documents.SelectMany(d => d.Detail.Facts.Select(f => new { document = d.Id, fact = f }))));
                break;
            case ("commitments", "csv"):
                CsvTable.Write(writer, ExportRows.Commitments(CommitmentTracker.Track(corpus)));
                break;
            default:
                writer.Write(ContractJson.Text(CommitmentTracker.Track(corpus).Select(RegisterJson.Commitment)));
                break;
        }

        return writer.ToString();
    }
}
