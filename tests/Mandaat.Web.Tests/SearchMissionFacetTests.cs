using System.Net;
using System.Text.Json.Nodes;
using Mandaat.Missions;
using Mandaat.Register.Missions;
using Mandaat.Store.Sqlite;

namespace Mandaat.Web.Tests;

/// <summary>/api/search counts its hits by mission as the search page does, and narrows to one mission (issue 24).</summary>
public sealed class SearchMissionFacetTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private async Task<(HttpResponseMessage Response, JsonNode? Body)> GetAsync(string url)
    {
        using var factory = new ApiFactory(samples);
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_envelope_counts_every_matching_document_by_the_missions_the_register_gives_it()
    {
        await using var store = new SqliteDocumentStore(samples.Path);
        var missions = await new MissionRegister(MissionCatalog.Load()).ListAsync(store, default);
        var body = (await GetAsync("/api/search?q=militairen&pageSize=200&envelope=true")).Body!;
        var hits = body["items"]!.AsArray().Select(h => (string)h!["id"]!).ToHashSet(StringComparer.Ordinal);

        var expected = missions.Select(m => (m.Id, Count: m.Documents.Distinct().Count(hits.Contains))).Where(m => m.Count > 0)
            .OrderByDescending(m => m.Count).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var facet = body["facets"]!["missions"]!.AsArray().Select(f => ((string)f!["value"]!, (int)f["count"]!)).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, facet);
        Assert.Equal(hits.Count, (int)body["total"]!);
    }

    [Fact]
    public async Task A_mission_narrows_the_hits_to_its_documents_and_an_unknown_one_is_a_Dutch_400()
    {
        var all = (await GetAsync("/api/search?q=militairen&pageSize=200&envelope=true")).Body!;
        var (mission, count) = all["facets"]!["missions"]!.AsArray().Select(f => ((string)f!["value"]!, (int)f["count"]!)).First();

        var narrowed = (await GetAsync($"/api/search?q=militairen&pageSize=200&envelope=true&mission={mission}")).Body!;

        Assert.Equal(count, (int)narrowed["total"]!);
        Assert.Equal([(mission, count)], narrowed["facets"]!["missions"]!.AsArray().Where(f => (string)f!["value"]! == mission).Select(f => ((string)f!["value"]!, (int)f!["count"]!)));
        var (response, problem) = await GetAsync("/api/search?q=militairen&mission=geen-missie");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("mission", (string?)problem!["parameter"]);
        Assert.Contains("Onbekende missie", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_envelope_the_answer_stays_the_contracts_array_and_documents_have_no_mission_facet()
    {
        Assert.IsType<JsonArray>((await GetAsync("/api/search?q=militairen")).Body);
        Assert.Null((await GetAsync("/api/documents?envelope=true")).Body!["facets"]!["missions"]);
    }
}
