namespace Mandaat.Register.Missions;

/// <summary>What a mission component is about; the strings are the JSON and CSV values.</summary>
public static class ComponentKinds
{
    public const string Personnel = "personnel";
    public const string Asset = "asset";
    public const string Period = "period";
    public const string Budget = "budget";
}
