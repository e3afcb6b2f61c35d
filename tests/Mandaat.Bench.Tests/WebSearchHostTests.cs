namespace Mandaat.Bench.Tests;

/// <summary>The bench's web host: a rate-limited search must fail the bench, never be timed as a fast answer.</summary>
public sealed class WebSearchHostTests
{
    [Fact]
    public async Task A_search_beyond_the_allowance_fails_loudly_with_the_429()
    {
        using var workspace = new CliWorkspace();
        await using var web = await WebSearchHost.StartAsync(workspace.Database, searches: 1, CancellationToken.None);

        Assert.True(await web.SearchAsync("Mali", 20, CancellationToken.None) > 0);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => web.SearchAsync("Mali", 20, CancellationToken.None));
        Assert.Contains("429", error.Message, StringComparison.Ordinal);
    }
}
