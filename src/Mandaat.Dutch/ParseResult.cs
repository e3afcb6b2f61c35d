namespace Mandaat.Dutch;

/// <summary>
/// The outcome of reading one Dutch phrase: a value, or the reason the phrase was not understood.
/// Grammars return this instead of throwing (NodaTime's ParseResult style), because extractors
/// scan thousands of loose regex matches and most misses are ordinary, not exceptional.
/// </summary>
public sealed class ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>Why the phrase was not understood; null on success.</summary>
    public string? Error { get; }

    public bool Success => Error is null;

    /// <summary>The value; asking for it after a failure is a programming error and throws.</summary>
    public T Value => Error is null ? _value! : throw new InvalidOperationException("No value: " + Error);

    public T? GetValueOrDefault(T? fallback = default) => Error is null ? _value : fallback;

    public bool TryGetValue(out T value)
    {
        value = _value!;
        return Error is null;
    }

    /// <summary>Turns a success into another success; a failure is passed on with its reason.</summary>
    public ParseResult<TOut> Select<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Error is null ? ParseResult<TOut>.ForValue(map(_value!)) : ParseResult<TOut>.ForError(Error);
    }

    public static ParseResult<T> ForValue(T value) => new(value, null);

    public static ParseResult<T> ForError(string error) => new(default, error);

    public override string ToString() => Error is null ? $"{_value}" : "error: " + Error;
}
