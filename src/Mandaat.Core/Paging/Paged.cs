namespace Mandaat.Core.Paging;

/// <summary>One page of a listing with the listing's <see cref="Total"/>: what a page shows and what it says of the rest.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, PageRequest Page)
{
    /// <summary>How many pages the listing has; at least 1, so an empty listing is one empty page.</summary>
    public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)Page.Size));

    public bool HasPrevious => Page.Number > 1;

    public bool HasNext => Page.Number < Pages;

    /// <summary>The position (from 1) of the page's first item, 0 when it is empty.</summary>
    public long FirstPosition => Items.Count == 0 ? 0 : Page.Skip + 1;

    public long LastPosition => Page.Skip + Items.Count;
}
