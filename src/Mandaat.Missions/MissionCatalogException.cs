namespace Mandaat.Missions;

/// <summary>A mission catalogue file that is missing, unreadable or not of the shape of missions.json; the message names the file.</summary>
public sealed class MissionCatalogException : Exception
{
    public MissionCatalogException(string message)
        : base(message)
    {
    }

    public MissionCatalogException()
    {
    }

    public MissionCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
