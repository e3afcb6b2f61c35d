namespace Mandaat.Register.Toetsingskader;

/// <summary>The statuses of CLI.md's <c>check</c>.</summary>
public static class AspectStatus
{
    public const string Present = "present";
    public const string Missing = "missing";
    public const string NotApplicable = "not-applicable";
}
