using Mandaat.Core.Paging;

namespace Mandaat.Search.Ranking;

/// <summary>
/// How a paged search shows its hits: which <see cref="Page"/> of documents, up to <see cref="PassagesPerDocument"/>
/// best passages of each, and optionally only documents <see cref="Within"/> a set of ids (the web layer's mission
/// filter: the register knows a mission's documents, search does not). The request's limit is not used: a paged
/// search counts every matching document.
/// </summary>
public sealed record SearchPaging(PageRequest Page, int PassagesPerDocument = 3, IReadOnlySet<string>? Within = null)
{
    public static SearchPaging First { get; } = new(PageRequest.First);
}
