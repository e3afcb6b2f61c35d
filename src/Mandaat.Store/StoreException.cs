namespace Mandaat.Store;

/// <summary>
/// A store that cannot be used as asked: unreachable, unreadable, or at a schema version this program
/// does not know. The message says what to do; interfaces print it as an error line.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoreException()
    {
    }
}
