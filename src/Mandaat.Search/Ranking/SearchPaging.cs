using Mandaat.Core.Paging;

namespace Mandaat.Search.Ranking;

/// <summary>
/// How a paged search shows its hits: which <see cref="Page"/> of documents, up to <see cref="PassagesPerDocument"/>
/// best passages of each, and optionally only documents <see cref="Within"/> a set of ids (the web layer's mission
/// filter: the register knows a mission's documents, search does not). The request's limit is not used: a paged
/// search counts every matching document. Without <see cref="Facets"/> (an API list, a feed) only the total is
/// counted and only the page's documents are ranked out of the index: its results have no facet counts and
/// <see cref="SearchResults.DocumentIds"/> holds the page's ids alone.
/// </summary>
public sealed record SearchPaging(PageRequest Page, int PassagesPerDocument = 3, IReadOnlySet<string>? Within = null, bool Facets = true)
{
    public static SearchPaging First { get; } = new(PageRequest.First);
}
