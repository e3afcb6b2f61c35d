using Mandaat.Search.Query;

namespace Mandaat.Search.Ranking;

/// <summary>
/// What a backend's engine answers for one document (one question with type:question): without a unit
/// filter the whole document's BM25, with the passage to show and the count of matching passages filled in
/// later for the hits shown; with a unit filter its best passage of that unit, that passage's BM25 and how
/// many matched. The columns of the engine's SQL are named after these properties. A class with setters, not
/// a positional record: with no rows SQLite cannot tell Dapper the column types, and the shared flow swaps
/// in the passage a document shows.
/// </summary>
public sealed class UnitMatch
{
    /// <summary>Weight of ln(matching passages) under a unit filter: a document with many such passages beats one with a single one.</summary>
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
    /// Fixes <see cref="Score"/>, before the flow shows a passage of the document. A document: its whole
    /// text's BM25 (ranked against the other documents, so its length and its repetitions of the words already
    /// count). A passage of a unit filter: its BM25 plus the weighted log of its document's matching passages of that unit.
    /// </summary>
    internal void Rank() => Score = Unit == SearchUnits.Document
        ? Bm25
        : Bm25 + (PassagesWeight * Math.Log(Math.Max(1, Passages)));

    /// <summary>Shows the given passage of the document (its best) of the <paramref name="passages"/> that match; the score stays the document's.</summary>
    internal void Show(UnitMatch passage, int passages) =>
        (Unit, UnitNumber, SpanStart, SpanEnd, Passages) = (passage.Unit, passage.UnitNumber, passage.SpanStart, passage.SpanEnd, passages);
}
