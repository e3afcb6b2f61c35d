using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Mandaat.Missions;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Sqlite;

namespace Mandaat.Web.Tests;

/// <summary>The Atom feeds read back by System.ServiceModel.Syndication as a feed reader would: Dutch titles, newest first, links to the pages.</summary>
public sealed class FeedTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private static async Task<SyndicationFeed> LoadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    private static void AssertNewestFirstWithPageLinks(SyndicationFeed feed)
    {
        var dates = feed.Items.Select(i => i.LastUpdatedTime).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.All(feed.Items, i =>
        {
            Assert.StartsWith("http://localhost/documenten/", i.Links.Single(l => l.RelationshipType is null or "alternate").Uri.AbsoluteUri, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(i.Title.Text));
            Assert.False(string.IsNullOrWhiteSpace(i.Summary.Text));
        });
        Assert.Equal("nl", feed.Language);
    }

    [Fact]
    public async Task A_dossier_feed_lists_its_papers_newest_first()
    {
        await using var store = new SqliteDocumentStore(samples.Path);
        var documents = await store.ListAsync(DocumentFilter.None, default);
        var dossier = documents.Where(d => d.Dossier is not null).GroupBy(d => d.Dossier!).OrderByDescending(g => g.Count()).First();
        using var factory = new ApiFactory(samples);
        var feed = await LoadAsync(factory.CreateClient(), "/feeds/dossiers/" + dossier.Key);
        Assert.Equal($"Mandaat: dossier {dossier.Key}", feed.Title.Text);
        Assert.Equal(dossier.Select(d => d.Title).Order(StringComparer.Ordinal), feed.Items.Select(i => i.Title.Text).Order(StringComparer.Ordinal));
        AssertNewestFirstWithPageLinks(feed);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(new Uri("/feeds/dossiers/99999", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_mission_feed_lists_the_missions_documents()
    {
        await using var store = new SqliteDocumentStore(samples.Path);
        var missions = await new MissionRegister(MissionCatalog.Load()).ListAsync(store, default);
        var mission = missions.OrderByDescending(m => m.Documents.Count).First();
        using var factory = new ApiFactory(samples);
        var feed = await LoadAsync(factory.CreateClient(), "/feeds/missies/" + mission.Id);
        Assert.Equal($"Mandaat: missie {mission.Name}", feed.Title.Text);
        Assert.Equal(mission.Documents.Order(StringComparer.Ordinal), feed.Items.Select(i => i.Links[0].Uri.Segments[^1]).Order(StringComparer.Ordinal));
        AssertNewestFirstWithPageLinks(feed);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(new Uri("/feeds/missies/geen-missie", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_search_feed_lists_what_the_search_finds_newest_first()
    {
        using var factory = new ApiFactory(samples);
        var client = factory.CreateClient();
        var feed = await LoadAsync(client, "/feeds/zoeken?q=militairen");
        Assert.Contains("militairen", feed.Title.Text, StringComparison.Ordinal);
        var found = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync(new Uri("/api/search?q=militairen&pageSize=50&envelope=true", UriKind.Relative)))!;
        Assert.Equal((int)found["total"]!, feed.Items.Count());
        AssertNewestFirstWithPageLinks(feed);
    }

    [Fact]
    public async Task The_commitments_feed_lists_the_open_commitments()
    {
        await using var store = new SqliteDocumentStore(samples.Path);
        var open = await new CommitmentTracker(MissionCatalog.Load()).ListAsync(store, new CommitmentFilter(CommitmentStatus.Open), default);
        using var factory = new ApiFactory(samples);
        var feed = await LoadAsync(factory.CreateClient(), "/feeds/toezeggingen");
        Assert.Equal("Mandaat: openstaande toezeggingen", feed.Title.Text);
        Assert.Equal(Math.Min(open.Count, 50), feed.Items.Count());
        Assert.All(feed.Items, i => Assert.StartsWith("Toezegging: ", i.Title.Text, StringComparison.Ordinal));
        AssertNewestFirstWithPageLinks(feed);
    }
}
