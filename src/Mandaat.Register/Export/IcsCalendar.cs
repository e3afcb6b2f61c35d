using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Mandaat.Core.Facts;
using Mandaat.Register.Missions;

namespace Mandaat.Register.Export;

/// <summary>
/// iCalendar (RFC 5545, written by Ical.Net) of the register: each dated timeline event as an all-day
/// event, and each deployment period a deciding letter states as an event spanning it. A period with
/// only an end runs from its letter's date; one with only a duration from its letter's date for that
/// long. Undated documents cannot be placed in a calendar and are left out.
/// </summary>
public static class IcsCalendar
{
    public static string Write(IEnumerable<MissionDetail> missions)
    {
        var calendar = new Calendar { ProductId = "-//Mandaat//Register//NL" };
        foreach (var mission in missions)
        {
            foreach (var e in mission.Timeline.Where(e => e.Date is not null))
            {
                calendar.Events.Add(AllDay(
                    $"{e.Document}@{mission.Mission.Id}.mandaat",
                    e.Date!.Value,
                    e.Date.Value,
                    $"{mission.Mission.Id}: {e.Event}",
                    $"{e.Kind} {e.Document} ({e.Role}), {e.Facts.Count} facts"));
            }

            var periods = mission.Components.Where(c => c.Kind == ComponentKind.Period && c.Role != LetterRole.Reported);
            var n = 0;
            foreach (var component in periods)
            {
                if (Span((PeriodFact)component.Fact, component.Date) is { } span)
                {
                    calendar.Events.Add(AllDay(
                        $"{component.Document}-period-{++n}@{mission.Mission.Id}.mandaat",
                        span.Start,
                        span.End,
                        $"{mission.Mission.Id}: deployment period ({component.Role} by {component.Document})",
                        component.Fact.Quote));
                }
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static (DateOnly Start, DateOnly End)? Span(PeriodFact period, DateOnly? letterDate)
    {
        var start = period.Start ?? letterDate;
        var end = period.End
            ?? (start is { } s && period.Months is { } months ? s.AddMonths(months).AddDays(-1)
            : start is { } t && period.Days is { } days ? t.AddDays(days - 1)
            : null);
        return start is { } from && end is { } to && from <= to ? (from, to) : null;
    }

    // All-day events end on the day after their last day (RFC 5545, DTEND is exclusive).
    private static CalendarEvent AllDay(string uid, DateOnly first, DateOnly last, string summary, string description) => new()
    {
        Uid = uid,
        Summary = summary,
        Description = description,
        Start = new CalDateTime(first.Year, first.Month, first.Day),
        End = new CalDateTime(last.AddDays(1).Year, last.AddDays(1).Month, last.AddDays(1).Day),
        DtStamp = new CalDateTime(first.Year, first.Month, first.Day),
    };
}
