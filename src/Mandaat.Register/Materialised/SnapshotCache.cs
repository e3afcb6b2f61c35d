namespace Mandaat.Register.Materialised;

/// <summary>
/// The register's snapshots of one store as read for one stamp, each deserialised once: a request reads the stamp
/// (one cheap query) and takes what it needs from here, so a page does not read and parse a list that grows with the
/// store. Readers that arrive together for a value not yet read wait for the one read (single flight); when the stamp
/// moves (a save or removal in any process raises the store's generation, or the day or catalogue changed) every
/// value is dropped. Values the caller marks as bounded (one mission's whole register: a big mission's is megabytes)
/// are kept within <see cref="BoundedBudget"/> characters of their JSON, least recently used dropped first; the
/// lists (missions, provisional, commitments, the derived indexes) are kept whole.
/// </summary>
public sealed class SnapshotCache(long boundedBudget)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _recent = [];
    private string? _stamp;
    private long _boundedSize;
    private int _loads;
    private Task<object>? _running;

    /// <summary>How many characters of bounded values are kept at most (the most recent one is kept whatever its size).</summary>
    public long BoundedBudget { get; } = boundedBudget;

    /// <summary>How many values were loaded (read from the store or derived) since this cache was made: what the single flight saves is counted here.</summary>
    public int Loads => Volatile.Read(ref _loads);

    /// <summary>
    /// The value of <paramref name="name"/> for <paramref name="stamp"/>: loaded once by <paramref name="load"/>
    /// (which returns the value and its size in characters, counted only when <paramref name="bounded"/>), then kept
    /// until the stamp moves. The load runs without the caller's token, so one cancelled request does not fail the
    /// others waiting for it; a load that fails is forgotten, and the next reader tries again.
    /// </summary>
    public async Task<T> GetAsync<T>(string stamp, string name, bool bounded, Func<Task<(T Value, long Size)>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        Slot slot;
        lock (_gate)
        {
            if (!string.Equals(_stamp, stamp, StringComparison.Ordinal))
            {
                _stamp = stamp;
                _slots.Clear();
                _recent.Clear();
                _boundedSize = 0;
            }

            if (!_slots.TryGetValue(name, out slot!))
            {
                slot = new Slot(bounded, LoadAsync(stamp, name, load));
                _slots[name] = slot;
                if (bounded)
                {
                    slot.Node = _recent.AddFirst(name);
                }
            }
            else if (slot.Node is { } node)
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
            }
        }

        return (T)(await slot.Task.WaitAsync(cancellationToken))!;
    }

    /// <summary>
    /// Runs <paramref name="work"/> unless a run is under way, else joins that run: the snapshots are made once when
    /// several readers find them missing together. Nothing of the run is kept after it ends.
    /// </summary>
    public Task<T> JoinAsync<T>(Func<Task<T>> work)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_gate)
        {
            if (_running is { IsCompleted: false } running)
            {
                return ContinueAs<T>(running);
            }

            _running = RunAsync(work);
            return ContinueAs<T>(_running);
        }
    }

    private static async Task<T> ContinueAs<T>(Task<object> running) => (T)await running;

    private async Task<object> RunAsync<T>(Func<Task<T>> work)
        where T : class
    {
        await Task.Yield();
        try
        {
            return await work();
        }
        finally
        {
            lock (_gate)
            {
                _running = null;
            }
        }
    }

    private async Task<object?> LoadAsync<T>(string stamp, string name, Func<Task<(T Value, long Size)>> load)
    {
        // Yield first: the load must not run inside the lock its slot was made under.
        await Task.Yield();
        Interlocked.Increment(ref _loads);
        try
        {
            var (value, size) = await load();
            Settle(stamp, name, size);
            return value;
        }
        catch
        {
            Forget(stamp, name);
            throw;
        }
    }

    // A bounded value's size is known once it is read: count it, and drop the least recently used beyond the budget.
    private void Settle(string stamp, string name, long size)
    {
        lock (_gate)
        {
            if (!string.Equals(_stamp, stamp, StringComparison.Ordinal) || !_slots.TryGetValue(name, out var slot) || !slot.Bounded)
            {
                return;
            }

            slot.Size = size;
            _boundedSize += size;
            while (_boundedSize > BoundedBudget && _recent.Last is { } oldest && oldest.Value != name)
            {
                _boundedSize -= _slots[oldest.Value].Size;
                _slots.Remove(oldest.Value);
                _recent.RemoveLast();
            }
        }
    }

    private void Forget(string stamp, string name)
    {
        lock (_gate)
        {
            if (string.Equals(_stamp, stamp, StringComparison.Ordinal) && _slots.Remove(name, out var slot) && slot.Node is { } node)
            {
                _recent.Remove(node);
                _boundedSize -= slot.Size;
            }
        }
    }

    private sealed class Slot(bool bounded, Task<object?> task)
    {
        public bool Bounded { get; } = bounded;

        public Task<object?> Task { get; } = task;

        public LinkedListNode<string>? Node { get; set; }

        public long Size { get; set; }
    }
}
