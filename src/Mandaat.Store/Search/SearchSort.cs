namespace Mandaat.Store.Search;

public enum SearchSort
{
    /// <summary>Best BM25 score first.</summary>
    Relevance,

    /// <summary>Newest document first; undated documents last; ties by score.</summary>
    Date,
}
