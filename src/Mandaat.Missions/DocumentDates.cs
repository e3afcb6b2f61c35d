using System.Globalization;

namespace Mandaat.Missions;

/// <summary>The date a document is read at for telling missions apart: the printed one, else the middle of its session.</summary>
public static class DocumentDates
{
    /// <summary>
    /// <paramref name="printed"/>, else 1 March of a session "2010-2011" (its middle: sessions run September to
    /// September), else null. Good enough to tell apart missions years apart, never shown as the document's date.
    /// </summary>
    public static DateOnly? ForMissions(DateOnly? printed, string? session)
    {
        if (printed is not null)
        {
            return printed;
        }

        return session is { Length: 9 } && session[4] == '-' && int.TryParse(session[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var second)
            ? new DateOnly(second, 3, 1)
            : null;
    }
}
