using System.Data.Common;
using Mandaat.Core;
using Mandaat.Search.Query;

namespace Mandaat.Store.Search;

/// <summary>
/// What a backend supplies to <see cref="SearchFlow"/>: its engine's queries, each applying the query the
/// same way (BM25 over the analysed passages, IDF over the whole index). Everything else — how passages make a
/// document's score, order, which passage a hit shows, snippets — is the flow's, so the backends
/// cannot drift apart. A query the engine cannot search for (no words left) is a failed outcome.
/// </summary>
public interface ISearchEngine
{
    /// <summary>
    /// Every document whose whole text matches and passes the filters: one row per document (unit
    /// <c>document</c>) with the whole document's BM25 and how many of its passages match by themselves.
    /// </summary>
    Task<Outcome<IReadOnlyList<UnitMatch>>> DocumentsAsync(DbConnection connection, QueryNode root, QueryFilters filters, CancellationToken cancellationToken);

    /// <summary>Every passage (paragraph or question, not the whole document) of the given documents that matches, with its BM25; the flow shows each document's best.</summary>
    Task<IReadOnlyList<UnitMatch>> PassagesAsync(DbConnection connection, QueryNode root, IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken);

    /// <summary>
    /// With a unit filter the query holds per passage, not per document: one row per document (per question
    /// for the question unit) with its best passage of that unit and how many of them matched.
    /// </summary>
    Task<Outcome<IReadOnlyList<UnitMatch>>> UnitsAsync(DbConnection connection, QueryNode root, QueryFilters filters, CancellationToken cancellationToken);
}
