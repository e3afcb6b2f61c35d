namespace Mandaat.Web.Api;

/// <summary>
/// One page of a list as every list route answers it: the items (in the CLI's shape), the total of the whole
/// list under the same filters, and which page this is (<c>page</c>, <c>page_size</c>).
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    /// <summary>The same page with its items in another shape.</summary>
    public Paged<TOut> Select<TOut>(Func<T, TOut> shape) => new(Items.Select(shape).ToList(), Total, Page, PageSize);
}
