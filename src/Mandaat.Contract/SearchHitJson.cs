using System.Text.Json;
using System.Text.Json.Nodes;
using Mandaat.Search.Ranking;

namespace Mandaat.Contract;

/// <summary>
/// The hit shape of CLI.md (id, title, kind, dossier, number, date, score, snippet) plus where the passage
/// is: unit, paragraph or question number, its span in the normalised text, and the matching passages: the fields
/// of <see cref="SearchHit"/>, in its order, so the list is kept once. The CLI's hit is that; the API's hit of a
/// document (<see cref="Create(DocumentHits)"/>) is the same with its best passages added as <c>best</c>.
/// </summary>
public static class SearchHitJson
{
    public static JsonObject Create(SearchHit hit) => JsonSerializer.SerializeToNode(hit, ContractJson.Options)!.AsObject();

    public static JsonObject Create(DocumentHits hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var json = Create(hit.Hit());
        json["best"] = JsonSerializer.SerializeToNode(hit.Best, ContractJson.Options);
        return json;
    }
}
