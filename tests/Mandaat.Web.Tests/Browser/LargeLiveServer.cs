using Xunit.Abstractions;
using Xunit.Sdk;

namespace Mandaat.Web.Tests.Browser;

/// <summary>The site over the store of 2,000 papers (<see cref="LargeStore"/>), made once for the tests that share it.</summary>
#pragma warning disable CA1001 // xunit disposes it through IAsyncLifetime.DisposeAsync, which disposes the store
public sealed class LargeLiveServer : LiveSite
{
    public LargeLiveServer(IMessageSink diagnostics)
    {
        Store = new LargeStore();
        // What the fixture costs CI, in the diagnostic log (xunit's diagnosticMessages); not a test of speed.
        diagnostics.OnMessage(new DiagnosticMessage($"store of {LargeStore.Documents} papers made in {Store.MakingTook.TotalSeconds:0.0} s"));
    }

    public LargeStore Store { get; }

    protected override string StorePath => Store.Path;

    protected override void DisposeStore() => Store.Dispose();
}
