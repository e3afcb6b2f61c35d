using System.Text.Json.Serialization;
using Mandaat.Core.Documents;
using Mandaat.Search.Ranking;

namespace Mandaat.Contract;

/// <summary>
/// The hit shape of CLI.md (id, title, kind, dossier, number, date, score, snippet) plus where the passage
/// is: unit, paragraph or question number, its span in the normalised text, and the matching passages. The one
/// field list of both answers: the CLI's hit (<see cref="Create(SearchHit)"/>) and the API's hit of a document
/// (<see cref="Create(DocumentHits)"/>), which adds its best passages as <see cref="Best"/>.
/// </summary>
public sealed record SearchHitJson(
    string Id,
    string Title,
    DocumentKind Kind,
    string? Dossier,
    string? Number,
    DateOnly? Date,
    double Score,
    string Snippet,
    string Unit,
    int? Paragraph,
    int? Question,
    int Start,
    int End,
    int Passages)
{
    /// <summary>The document's best passages, the first standing for the hit; only the API's hit has them.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<HitPassage>? Best { get; init; }

    public static SearchHitJson Create(SearchHit hit) => new(
        hit.Id, hit.Title, hit.Kind, hit.Dossier, hit.Number, hit.Date, hit.Score, hit.Snippet, hit.Unit, hit.Paragraph, hit.Question, hit.Start, hit.End, hit.Passages);

    /// <summary>A document's hit: where its best passage is, and all its best passages (a document without one: an empty paragraph).</summary>
    public static SearchHitJson Create(DocumentHits hit)
    {
        var best = hit.Best.Count > 0 ? hit.Best[0] : new HitPassage(string.Empty, "paragraph", null, null, 0, 0);
        return new SearchHitJson(
            hit.Id, hit.Title, hit.Kind, hit.Dossier, hit.Number, hit.Date, hit.Score, best.Snippet, best.Unit, best.Paragraph, best.Question, best.Start, best.End, hit.Passages)
        {
            Best = hit.Best,
        };
    }
}
