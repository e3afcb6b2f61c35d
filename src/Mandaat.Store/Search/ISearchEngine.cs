using System.Data.Common;
using Mandaat.Core;
using Mandaat.Search.Query;

namespace Mandaat.Store.Search;

/// <summary>
/// What a backend supplies to <see cref="SearchFlow"/>: its engine's queries, each applying the query the
/// same way (BM25 over the analysed texts, whole documents ranked among documents). Everything else — how passages make a
/// document's score, order, which passage a hit shows, snippets — is the flow's, so the backends
/// cannot drift apart. A query the engine cannot search for (no words left) is a failed outcome.
/// </summary>
public interface ISearchEngine
{
    /// <summary>
    /// The first <paramref name="limit"/> documents whose whole text matches and passes the filters, in the
    /// order asked for: one row per document (unit <c>document</c>) with the whole document's BM25, its IDF
    /// and average length over the documents. A document's score is its BM25, so the engine can order and cut
    /// as the raw index does (BM25 best first, or newest first; ties to the document id) and hand over only the rows shown.
    /// </summary>
    Task<Outcome<IReadOnlyList<UnitMatch>>> DocumentsAsync(DbConnection connection, QueryNode root, QueryFilters filters, SearchSort sort, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Every passage (paragraph or question, not the whole document) of the given documents that matches by
    /// itself, with its BM25: IDF over the documents, length against the passages' mean. The flow counts them
    /// and shows each document's best.
    /// </summary>
    Task<IReadOnlyList<UnitMatch>> PassagesAsync(DbConnection connection, QueryNode root, IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken);

    /// <summary>
    /// With a unit filter the query holds per passage, not per document: one row per document (per question
    /// for the question unit) with its best passage of that unit and how many of them matched.
    /// </summary>
    Task<Outcome<IReadOnlyList<UnitMatch>>> UnitsAsync(DbConnection connection, QueryNode root, QueryFilters filters, CancellationToken cancellationToken);
}
