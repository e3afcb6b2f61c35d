namespace Mandaat.Register.Missions;

/// <summary>
/// Where a mission stands by the letters in the store: <see cref="Active"/> while the last stated
/// mandate end is ahead, <see cref="Ended"/> after it or after a letter that ends it, else
/// <see cref="Unknown"/>.
/// </summary>
public static class MissionStatus
{
    public const string Active = "active";
    public const string Ended = "ended";
    public const string Unknown = "unknown";
}
