namespace Mandaat.Import;

/// <summary>A source could not give what was asked (after retries), or gave something unreadable; the message says what and why.</summary>
public sealed class SourceException : Exception
{
    public SourceException()
    {
    }

    public SourceException(string message)
        : base(message)
    {
    }

    public SourceException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
