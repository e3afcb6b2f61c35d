using System.Globalization;

namespace Mandaat.Missions;

/// <summary>
/// The date a document is read at for telling missions apart: the printed one, else the middle of its session, else
/// where the dates its text cites place it (<see cref="TextDates"/>).
/// </summary>
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

    /// <summary>
    /// As <see cref="ForMissions(DateOnly?, string?)"/>, and for a paper with neither a printed date nor a session (a
    /// web copy, a bulletin) the date its text's own dates place it at: an undated paper that names its deployment
    /// only by a place or a name several missions share is then read at its time, not left unassigned.
    /// </summary>
    public static DateOnly? ForMissions(DateOnly? printed, string? session, string text) =>
        ForMissions(printed, session) ?? TextDates.Infer(text);
}
