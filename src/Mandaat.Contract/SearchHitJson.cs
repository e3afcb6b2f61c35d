using Mandaat.Search.Ranking;

namespace Mandaat.Contract;

/// <summary>
/// The hit shape of CLI.md (id, title, kind, dossier, number, date, score, snippet) plus where the passage
/// is: unit, paragraph or question number, its span in the normalised text, and the matching passages.
/// </summary>
public static class SearchHitJson
{
    public static object Create(SearchHit hit) => new
    {
        id = hit.Id,
        title = hit.Title,
        kind = hit.Kind,
        dossier = hit.Dossier,
        number = hit.Number,
        date = hit.Date,
        score = hit.Score,
        snippet = hit.Snippet,
        unit = hit.Unit,
        paragraph = hit.Paragraph,
        question = hit.Question,
        start = hit.Start,
        end = hit.End,
        passages = hit.Passages,
    };
}
