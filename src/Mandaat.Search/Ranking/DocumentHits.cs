using Mandaat.Core.Documents;

namespace Mandaat.Search.Ranking;

/// <summary>One document found by a paged search: its identification, its score, how many of its passages matched and the best of them, best first.</summary>
public sealed record DocumentHits(
    string Id,
    string Title,
    DocumentKind Kind,
    string? Dossier,
    string? Number,
    DateOnly? Date,
    double Score,
    int Passages,
    IReadOnlyList<HitPassage> Best)
{
    /// <summary>The document as a list of hits shows it: its first best passage stands for it (an empty paragraph when it has none).</summary>
    public SearchHit Hit()
    {
        var best = Best.Count > 0 ? Best[0] : new HitPassage(string.Empty, "paragraph", null, null, 0, 0);
        return new SearchHit(Id, Title, Kind, Dossier, Number, Date, Score, best.Snippet, best.Unit, best.Paragraph, best.Question, best.Start, best.End, Passages);
    }
}

/// <summary>
/// A passage shown for a hit: its snippet (matches in **bold**), <see cref="Unit"/> "paragraph" (with
/// <see cref="Paragraph"/>) or "question" (with <see cref="Question"/>, the question's number), and its span in the normalised text.
/// </summary>
public sealed record HitPassage(string Snippet, string Unit, int? Paragraph, int? Question, int Start, int End);
