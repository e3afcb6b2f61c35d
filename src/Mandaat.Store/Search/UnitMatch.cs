using Mandaat.Search.Query;

namespace Mandaat.Store.Search;

/// <summary>
/// What a backend's engine answers for one document (one question with type:question): without a unit
/// filter the whole document's BM25 and how many of its passages matched, with the passage to show filled
/// in later for the hits shown; with a unit filter its best passage of that unit, that passage's BM25 and
/// how many matched. The columns of the
/// engine's SQL are named after these properties. A class with setters, not a positional record: with no
/// rows SQLite cannot tell Dapper the column types, and the shared flow swaps in a paragraph for a
/// document-only match.
/// </summary>
public sealed class UnitMatch
{
    /// <summary>A document found only as a whole, with no passage holding the query, counts half.</summary>
    private const double DocumentOnlyFactor = 0.5;

    /// <summary>Weight of ln(matching passages): a document that treats a subject at length beats one that mentions it once.</summary>
    private const double PassagesWeight = 0.5;

    public string DocumentId { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;

    public int UnitNumber { get; set; }

    public int SpanStart { get; set; }

    public int SpanEnd { get; set; }

    /// <summary>The whole document's or the passage's BM25, higher is better (FTS5 bm25() negated on SQLite, the same formula in SQL on PostgreSQL).</summary>
    public double Bm25 { get; set; }

    public long Passages { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string? Dossier { get; set; }

    public string? Number { get; set; }

    /// <summary>yyyy-MM-dd, so that date order is ordinal order on every backend.</summary>
    public string? Date { get; set; }

    /// <summary>Computed here, not in each backend's SQL, so both aggregate passages into a document score alike.</summary>
    public double Score { get; private set; }

    /// <summary>
    /// Fixes <see cref="Score"/>, before the flow shows a passage of the document. A document: its BM25 plus
    /// the weighted log of its matching passages (half its BM25 when none holds the query). A passage of a
    /// unit filter: its BM25 plus the same log.
    /// </summary>
    internal void Rank() => Score = Unit != SearchUnits.Document
        ? Bm25 + (PassagesWeight * Math.Log(Math.Max(1, Passages)))
        : Passages > 0 ? Bm25 + (PassagesWeight * Math.Log(Passages)) : Bm25 * DocumentOnlyFactor;

    /// <summary>Shows the given passage of the document (its best); the score stays the document's.</summary>
    internal void Show(UnitMatch passage) =>
        (Unit, UnitNumber, SpanStart, SpanEnd) = (passage.Unit, passage.UnitNumber, passage.SpanStart, passage.SpanEnd);
}
