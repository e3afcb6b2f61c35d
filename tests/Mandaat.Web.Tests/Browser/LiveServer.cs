namespace Mandaat.Web.Tests.Browser;

/// <summary>The site over the samples' store (<see cref="SampleStore"/>).</summary>
#pragma warning disable CA1001 // xunit disposes it through IAsyncLifetime.DisposeAsync, which disposes the store
public sealed class LiveServer : LiveSite
{
    public SampleStore Samples { get; } = new();

    protected override string StorePath => Samples.Path;

    protected override void DisposeStore() => Samples.Dispose();
}
