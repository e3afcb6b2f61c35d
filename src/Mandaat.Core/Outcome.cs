namespace Mandaat.Core;

/// <summary>
/// The result of a stage that can fail on bad input. Stages return failures instead of throwing,
/// so a batch can report every bad file and go on with the good ones.
/// </summary>
public sealed class Outcome<T>
{
    private readonly T? _value;

    private Outcome(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    public string? Error { get; }

    public bool Succeeded => Error is null;

    public T Value => Error is null ? _value! : throw new InvalidOperationException(Error);

    public static Outcome<T> Ok(T value) => new(value, null);

    public static Outcome<T> Fail(string error) => new(default, error);
}
