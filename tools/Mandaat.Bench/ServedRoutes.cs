using System.Text.Json;

namespace Mandaat.Bench;

/// <summary>
/// The pages and API routes a reader opens, with real ids from the served store: the mission with the most
/// documents (the page that grows most with the record) and the first document of the list.
/// </summary>
public static class ServedRoutes
{
    public static async Task<IReadOnlyList<(string Id, string Path)>> DiscoverAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var missions = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/missions", UriKind.Relative), cancellationToken));
        var mission = missions.RootElement.EnumerateArray()
            .OrderByDescending(m => m.GetProperty("documents").GetArrayLength())
            .Select(m => m.GetProperty("id").GetString())
            .FirstOrDefault() ?? throw new InvalidOperationException("the served store lists no mission; the corpus should name several");
        using var documents = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/documents?pageSize=1", UriKind.Relative), cancellationToken));
        var document = documents.RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString()).FirstOrDefault()
            ?? throw new InvalidOperationException("the served store lists no document");
        return
        [
            ("home", "/"),
            ("mission_page", "/missies/" + Uri.EscapeDataString(mission!)),
            ("api_missions", "/api/missions"),
            ("document_page", "/documenten/" + Uri.EscapeDataString(document!)),
            ("commitments", "/api/commitments"),
        ];
    }
}
