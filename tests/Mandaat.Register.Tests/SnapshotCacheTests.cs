using Mandaat.Register.Materialised;

namespace Mandaat.Register.Tests;

/// <summary>The cache's own rules: values of one stamp kept until it moves, bounded values within their budget (least recently read dropped first), a failed load forgotten.</summary>
public sealed class SnapshotCacheTests
{
    [Fact]
    public async Task Bounded_values_beyond_the_budget_drop_the_least_recently_read_and_lists_stay()
    {
        var cache = new SnapshotCache(boundedBudget: 10);
        await cache.GetAsync("s1", "list", false, () => Task.FromResult(("list", 100L)), default);
        await cache.GetAsync("s1", "a", true, () => Task.FromResult(("a", 6L)), default);
        await cache.GetAsync("s1", "b", true, () => Task.FromResult(("b", 3L)), default);
        await cache.GetAsync("s1", "a", true, () => Task.FromResult(("a", 6L)), default);
        Assert.Equal(3, cache.Loads);

        // c does not fit beside a and b: b, read least recently, goes; a stays.
        await cache.GetAsync("s1", "c", true, () => Task.FromResult(("c", 4L)), default);
        await cache.GetAsync("s1", "a", true, () => Task.FromResult(("a", 6L)), default);
        Assert.Equal(4, cache.Loads);
        Assert.Equal("b", await cache.GetAsync("s1", "b", true, () => Task.FromResult(("b", 3L)), default));
        Assert.Equal(5, cache.Loads);

        Assert.Equal("list", await cache.GetAsync("s1", "list", false, () => Task.FromResult(("other", 100L)), default));
        Assert.Equal(5, cache.Loads);
    }

    [Fact]
    public async Task A_new_stamp_loads_again_and_a_failed_load_is_tried_again()
    {
        var cache = new SnapshotCache(boundedBudget: 10);
        Assert.Equal("old", await cache.GetAsync("s1", "list", false, () => Task.FromResult(("old", 1L)), default));
        Assert.Equal("new", await cache.GetAsync("s2", "list", false, () => Task.FromResult(("new", 1L)), default));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetAsync<string>("s2", "broken", false, () => throw new InvalidOperationException("unreadable"), default));
        Assert.Equal("read", await cache.GetAsync("s2", "broken", false, () => Task.FromResult(("read", 1L)), default));
        Assert.Equal(4, cache.Loads);
    }
}
