using Mandaat.Register.Materialised;

namespace Mandaat.Register.Tests;

/// <summary>The per-state memo's own rules: a value made once per state and key, at most its capacity of keys per state (least recently used dropped first), a new state made again, a failed value tried again.</summary>
public sealed class PerStateMemoTests
{
    [Fact]
    public async Task Keys_beyond_the_capacity_drop_the_least_recently_used_and_a_new_state_makes_its_own()
    {
        var memo = new PerStateMemo<object, string>(capacity: 2);
        var state = new object();
        Assert.Equal("a", await memo.GetAsync(state, "a", () => Task.FromResult("a"), default));
        Assert.Equal("b", await memo.GetAsync(state, "b", () => Task.FromResult("b"), default));
        Assert.Equal("a", await memo.GetAsync(state, "a", () => Task.FromResult("other"), default));
        Assert.Equal(2, memo.Made);

        // c does not fit beside a and b: b, used least recently, goes; a stays.
        await memo.GetAsync(state, "c", () => Task.FromResult("c"), default);
        Assert.Equal("a", await memo.GetAsync(state, "a", () => Task.FromResult("other"), default));
        Assert.Equal(3, memo.Made);
        Assert.Equal("b again", await memo.GetAsync(state, "b", () => Task.FromResult("b again"), default));
        Assert.Equal(4, memo.Made);

        // Another state (the register after a save) knows none of the first state's values.
        Assert.Equal("new a", await memo.GetAsync(new object(), "a", () => Task.FromResult("new a"), default));
        Assert.Equal(5, memo.Made);
    }

    [Fact]
    public async Task Readers_arriving_together_share_one_value_and_a_failed_one_is_made_again()
    {
        var memo = new PerStateMemo<object, object>(capacity: 4);
        var state = new object();
        var open = new TaskCompletionSource();
        var values = Enumerable.Range(0, 16).Select(_ => memo.GetAsync(state, "k", async () =>
        {
            await open.Task;
            return new object();
        }, default)).ToList();
        open.SetResult();
        var made = await Task.WhenAll(values);
        Assert.All(made, v => Assert.Same(made[0], v));
        Assert.Equal(1, memo.Made);

        await Assert.ThrowsAsync<InvalidOperationException>(() => memo.GetAsync(state, "broken", () => throw new InvalidOperationException("unreadable"), default));
        Assert.Equal("read", await memo.GetAsync(state, "broken", () => Task.FromResult<object>("read"), default));
        Assert.Equal(3, memo.Made);
    }
}
