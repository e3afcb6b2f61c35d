using System.Runtime.CompilerServices;
using Mandaat.Core.Paging;
using Mandaat.Store;

namespace Mandaat.Web.Pages;

/// <summary>
/// A page's listing made once per state of the register (<typeparamref name="TState"/>: a <c>MissionList</c> or a
/// <c>MissionDetail</c>, of which the register makes a new one whenever any process saves or removes a paper) and
/// shared by every request of that state. A listing that failed is forgotten, so the next request lists again.
/// </summary>
internal sealed class ListedPerState<TState>
    where TState : class
{
    private readonly ConditionalWeakTable<TState, Task<Paged<DocumentSummary>>> _listed = [];

    /// <param name="list">Lists without the caller's token: the listing is shared by every request of this state.</param>
    public async Task<Paged<DocumentSummary>> GetAsync(TState state, Func<TState, Task<Paged<DocumentSummary>>> list, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(state);
        var listing = _listed.GetValue(state, s => Task.Run(() => list(s)));
        try
        {
            return await listing.WaitAsync(ct);
        }
        catch when (listing.IsFaulted)
        {
            _listed.Remove(state);
            throw;
        }
    }
}
