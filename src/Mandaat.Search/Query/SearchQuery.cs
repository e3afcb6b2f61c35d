using Mandaat.Core.Documents;

namespace Mandaat.Search.Query;

/// <summary>A parsed query: what to find (never null after a successful parse) and the filters typed in it.</summary>
public sealed record SearchQuery(QueryNode Root, QueryFilters Filters);

/// <summary>
/// The field filters of a query (kind:, dossier:, from:, to:, year:, type:, vraag:); null means any.
/// <see cref="Unit"/> is "paragraph" or "question" (see <see cref="SearchUnits"/>).
/// </summary>
public sealed record QueryFilters(
    DocumentKind? Kind = null,
    string? Dossier = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Unit = null)
{
    public static QueryFilters None { get; } = new();
}
