using Mandaat.Core;
using Mandaat.Search.Query;

namespace Mandaat.Search.Ranking;

/// <summary>
/// The seam between the search flow every backend shares and the index of one backend.
/// <para>
/// Search has three parts, each in its own place: the <b>query language and text analysis</b>
/// (<c>Mandaat.Search.Query</c>, <c>Mandaat.Search.Analysis</c>) turn what people type into a
/// <see cref="QueryNode"/> tree and text into index terms; <b>ranking and snippets</b> (<see cref="SearchFlow"/>
/// in this namespace, <c>Mandaat.Search.Snippets</c>) decide how a document's score is made, the order, which
/// passage a hit shows and the snippet cut from it; an <b>engine per backend</b> (this interface, implemented in
/// <c>Mandaat.Store.Sqlite.Search</c> over FTS5 and <c>Mandaat.Store.Postgres.Search</c> over tsquery)
/// compiles the tree into its index's own query and answers the questions below. Only engines know SQL, so the
/// backends cannot drift apart in anything but what their indexes do.
/// </para>
/// <para>
/// What an engine must answer, each applying the query the same way: BM25 over the analysed texts (k1 = 1.2,
/// b = 0.75, an IDF never below 1e-6, summed over the query's words, phrases and prefixes that can match),
/// whole documents ranked among whole documents and passages among passages; filters applied before ranking
/// and limiting.
/// </para>
/// <list type="number">
/// <item><see cref="DocumentsAsync"/>: the documents the query holds for as a whole, ranked and cut to the limit.</item>
/// <item><see cref="CountAsync"/>: how many documents <see cref="DocumentsAsync"/> would give without a limit, counted in the index.</item>
/// <item><see cref="PassagesAsync"/>: the matching passages of the documents shown, scored.</item>
/// <item><see cref="UnitsAsync"/>: with a unit filter, each document's (or question's) best passage of that unit.</item>
/// <item>The stored text hits are cut from: <see cref="DocumentTextAsync"/>, <see cref="ParagraphsAsync"/>, <see cref="QuestionTextAsync"/>.</item>
/// </list>
/// <para>
/// A query the engine cannot search for (no words left once analysed) is a failed outcome, not an exception.
/// An engine serves one search and holds the backend's connection until it is disposed.
/// </para>
/// </summary>
public interface ISearchEngine : IAsyncDisposable
{
    /// <summary>
    /// The first <paramref name="limit"/> documents whose whole text matches and passes the filters, in the
    /// order asked for: one row per document (unit <c>document</c>) with the whole document's BM25, its IDF
    /// and average length over the documents. A document's score is its BM25, so the engine can order and cut
    /// as the raw index does (BM25 best first, or newest first; ties to the document id) and hand over only the rows shown.
    /// </summary>
    Task<Outcome<IReadOnlyList<UnitMatch>>> DocumentsAsync(QueryNode root, QueryFilters filters, SearchSort sort, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// How many documents match as a whole and pass the filters: the total of a page whose facets are not asked
    /// for, counted where the index is, so that the total of a common word does not bring every matching
    /// document's row out of the store.
    /// </summary>
    Task<Outcome<int>> CountAsync(QueryNode root, QueryFilters filters, CancellationToken cancellationToken);

    /// <summary>
    /// Every passage (paragraph or question, not the whole document) of the given documents that matches by
    /// itself, with its BM25: IDF over the documents, length against the passages' mean. The flow counts them
    /// and shows each document's best.
    /// </summary>
    Task<IReadOnlyList<UnitMatch>> PassagesAsync(QueryNode root, IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken);

    /// <summary>
    /// With a unit filter the query holds per passage, not per document: one row per document (per question
    /// for the question unit) with its best passage of that unit and how many of them matched.
    /// </summary>
    Task<Outcome<IReadOnlyList<UnitMatch>>> UnitsAsync(QueryNode root, QueryFilters filters, CancellationToken cancellationToken);

    /// <summary>A stored document's normalised text, which paragraph spans point into; empty for an unknown id.</summary>
    Task<string> DocumentTextAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>A stored document's paragraphs, in order.</summary>
    Task<IReadOnlyList<ParagraphSpan>> ParagraphsAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>A stored question with its answer, as it was indexed (<see cref="SearchUnits.QuestionText"/>); empty when there is none.</summary>
    Task<string> QuestionTextAsync(string documentId, int number, CancellationToken cancellationToken);
}

/// <summary>A stored paragraph's index and span in the normalised text.</summary>
public sealed record ParagraphSpan(int Number, int Start, int End);
