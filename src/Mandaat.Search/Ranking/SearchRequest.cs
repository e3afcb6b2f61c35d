namespace Mandaat.Search.Ranking;

/// <summary>
/// A search as a user asks it: the query text (Mandaat's query language) and the filters of the
/// command line. Filters are applied before ranking; a filter given both here and in the query must agree.
/// </summary>
public sealed record SearchRequest(
    string Query,
    string? Kind = null,
    string? Dossier = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Limit = SearchRequest.DefaultLimit,
    SearchSort Sort = SearchSort.Relevance)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 1000;
}

/// <summary>The order of a search's hits.</summary>
public enum SearchSort
{
    /// <summary>Best BM25 score first.</summary>
    Relevance,

    /// <summary>Newest document first; undated documents last; ties by score.</summary>
    Date,
}
