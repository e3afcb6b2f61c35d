using Mandaat.Core.Documents;
using Mandaat.Search.Query;

namespace Mandaat.Store.Baselines;

/// <summary>
/// A plain full-text index Mandaat's search is measured against (<c>mandaat eval-search</c>): the same documents
/// with Mandaat's identification (so kind, dossier and date filters hold alike), but the engine's own analysis and
/// ranking. A baseline is for measuring, never for answering users.
/// </summary>
public interface IBaselineIndex : IAsyncDisposable
{
    /// <summary>Indexes the documents in one go.</summary>
    Task AddAsync(IReadOnlyList<BaselineDocument> documents, CancellationToken cancellationToken);

    /// <summary>The ids of the best documents for a parsed query, best first, its filters applied.</summary>
    Task<IReadOnlyList<string>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken);
}

/// <summary>One document as a baseline indexes it: its whole text and the fields filters read.</summary>
public sealed record BaselineDocument(string Id, string Text, DocumentKind Kind, string? Dossier, DateOnly? Date);
