namespace Mandaat.Core.Paging;

/// <summary>
/// Which page of a listing to show: <see cref="Number"/> counts from 1, <see cref="Size"/> items a page. Every
/// listing of the web pages and the API pages with it, so a page's URL (`?pagina=3`) names the same items on
/// every backend.
/// </summary>
public sealed record PageRequest
{
    public const int DefaultSize = 20;
    public const int MaxSize = 200;

    public PageRequest(int number = 1, int size = DefaultSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaxSize);
        (Number, Size) = (number, size);
    }

    public static PageRequest First { get; } = new();

    public int Number { get; }

    public int Size { get; }

    /// <summary>How many items come before this page.</summary>
    public long Skip => (long)(Number - 1) * Size;

    /// <summary>A page from what a user typed: a failed outcome (English; the interfaces word their own) for a number below 1 or a size outside 1..<see cref="MaxSize"/>.</summary>
    public static Outcome<PageRequest> Create(int? number, int? size, int defaultSize = DefaultSize)
    {
        if (number is < 1)
        {
            return Outcome<PageRequest>.Fail($"the page must be 1 or more, not {number}");
        }

        if (size is < 1 or > MaxSize)
        {
            return Outcome<PageRequest>.Fail($"the page size must be between 1 and {MaxSize}, not {size}");
        }

        return Outcome<PageRequest>.Ok(new PageRequest(number ?? 1, size ?? defaultSize));
    }

    /// <summary>This page of a list that is whole in memory, with the list's total.</summary>
    public Paged<T> Apply<T>(IReadOnlyCollection<T> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        return new Paged<T>([.. all.Skip((int)Math.Min(Skip, int.MaxValue)).Take(Size)], all.Count, this);
    }
}
