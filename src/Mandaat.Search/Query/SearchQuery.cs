namespace Mandaat.Search.Query;

/// <summary>A parsed query: what to find (never null after a successful parse) and the filters typed in it.</summary>
public sealed record SearchQuery(QueryNode Root, QueryFilters Filters);
