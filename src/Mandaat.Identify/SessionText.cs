using System.Globalization;

namespace Mandaat.Identify;

/// <summary>The vergaderjaar as FORMAT.md writes it: "2016–2017" and "2016 - 2017" become "2016-2017".</summary>
internal static class SessionText
{
    /// <summary>The session, or null when the years are not consecutive (then it is not a vergaderjaar).</summary>
    public static string? Normalize(string from, string to)
    {
        var first = int.Parse(from, CultureInfo.InvariantCulture);
        var second = int.Parse(to, CultureInfo.InvariantCulture);
        return second == first + 1 ? $"{first}-{second}" : null;
    }
}
