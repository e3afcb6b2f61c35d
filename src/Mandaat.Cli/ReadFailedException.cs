namespace Mandaat.Cli;

/// <summary>A file given on the command line could not be read; printed as an error line with exit code 1.</summary>
public sealed class ReadFailedException : Exception
{
    public ReadFailedException(string message)
        : base(message)
    {
    }

    public ReadFailedException()
    {
    }

    public ReadFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
