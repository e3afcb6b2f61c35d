namespace Mandaat.Readers.Limits;

/// <summary>
/// Thrown inside a reader where a file passes a limit, deep in a stream or a scan, and turned into the
/// reader's failed outcome with its message (a refusal naming the limit) at the reader's edge.
/// </summary>
public sealed class LimitExceededException : Exception
{
    public LimitExceededException()
    {
    }

    public LimitExceededException(string message)
        : base(message)
    {
    }

    public LimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
