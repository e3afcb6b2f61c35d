using Mandaat.Core.Documents;

namespace Mandaat.Search.Ranking;

/// <summary>
/// One document found, with its best passage: the hit shape of CLI.md (id, title, kind, dossier, number,
/// date, score, snippet) plus where the passage is: <see cref="Unit"/> "paragraph" (with
/// <see cref="Paragraph"/>) or "question" (with <see cref="Question"/>), its span in the normalised text,
/// and how many passages of the document matched. <see cref="Score"/> is higher for better hits.
/// </summary>
public sealed record SearchHit(
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
    int Passages);
