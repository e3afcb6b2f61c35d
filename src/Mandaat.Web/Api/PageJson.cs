using System.Text.Json.Serialization;
using Mandaat.Core.Paging;

namespace Mandaat.Web.Api;

/// <summary>
/// One page of a list as every list route answers it: the items (in the CLI's shape), the <c>total</c> of the
/// whole list under the same filters, which page this is (<c>page</c>, <c>page_size</c>) and how many there are.
/// </summary>
public sealed record PageJson<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, int Pages)
{
    public static PageJson<T> From<TIn>(Paged<TIn> paged, Func<TIn, T> shape)
    {
        ArgumentNullException.ThrowIfNull(paged);
        return new([.. paged.Items.Select(shape)], paged.Total, paged.Page.Number, paged.Page.Size, paged.Pages);
    }
}

/// <summary>A page of documents or hits with the counts of the whole list by kind, year and dossier (and mission, for search).</summary>
public sealed record FacetedPageJson<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, int Pages, FacetsJson Facets);

/// <summary>Counts of a whole list by one property each, most first; <see cref="Missions"/> (from the register) where the route counts them, search's.</summary>
public sealed record FacetsJson(
    IReadOnlyList<FacetCount> Kinds,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Dossiers,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FacetCount>? Missions = null);
