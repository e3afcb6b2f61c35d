namespace Mandaat.Cli;

/// <summary>Thrown by a command when its arguments cannot be used; printed as an error line with exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
