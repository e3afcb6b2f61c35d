using System.Runtime.CompilerServices;

namespace Mandaat.Register.Materialised;

/// <summary>
/// Values made once per state of the register and key (an answer's page, a filter) and shared by every request of
/// that state. The state is an object the register makes anew whenever any process saves or removes a paper (its
/// <c>MissionList</c>, its list of commitments), so a value is never served past the state it was made from, and the
/// values of a state nobody holds any more go with it. Each state keeps at most <see cref="Capacity"/> keys, the
/// least recently used dropped first, so a client that walks every filter cannot fill the memory. A value that failed
/// is forgotten, so the next request makes it again.
/// </summary>
public sealed class PerStateMemo<TState, TValue>(int capacity)
    where TState : class
{
    private readonly ConditionalWeakTable<TState, Keyed> _states = [];
    private int _made;

    /// <summary>How many keys one state keeps at most.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>How many values were made (not found): what the memo saves is counted here.</summary>
    public int Made => Volatile.Read(ref _made);

    /// <param name="make">Runs without the caller's token: the value is shared by every request of this state and key.</param>
    public async Task<TValue> GetAsync(TState state, string key, Func<Task<TValue>> make, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(make);
        var keyed = _states.GetValue(state, _ => new Keyed(Capacity));
        var value = keyed.Get(key, () =>
        {
            Interlocked.Increment(ref _made);
            return Task.Run(make);
        });
        try
        {
            return await value.WaitAsync(ct);
        }
        catch when (value.IsFaulted || value.IsCanceled)
        {
            keyed.Forget(key, value);
            throw;
        }
    }

    // One state's values, least recently used last.
    private sealed class Keyed(int capacity)
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, LinkedListNode<(string Key, Task<TValue> Value)>> _byKey = new(StringComparer.Ordinal);
        private readonly LinkedList<(string Key, Task<TValue> Value)> _recent = [];

        public Task<TValue> Get(string key, Func<Task<TValue>> make)
        {
            lock (_gate)
            {
                if (_byKey.TryGetValue(key, out var node))
                {
                    _recent.Remove(node);
                    _recent.AddFirst(node);
                    return node.Value.Value;
                }

                node = _recent.AddFirst((key, make()));
                _byKey[key] = node;
                if (_recent.Count > capacity && _recent.Last is { } oldest)
                {
                    _byKey.Remove(oldest.Value.Key);
                    _recent.RemoveLast();
                }

                return node.Value.Value;
            }
        }

        public void Forget(string key, Task<TValue> value)
        {
            lock (_gate)
            {
                if (_byKey.TryGetValue(key, out var node) && ReferenceEquals(node.Value.Value, value))
                {
                    _byKey.Remove(key);
                    _recent.Remove(node);
                }
            }
        }
    }
}
