using Mandaat.Register.Corpus;
using Mandaat.Register.Missions;

namespace Mandaat.Register.Timeline;

/// <summary>A mission's documents as dated events in date order, undated documents last and marked.</summary>
public static class TimelineBuilder
{
    public static IReadOnlyList<TimelineEvent> Build(
        string missionId,
        IEnumerable<RegisterDocument> inTimeOrder,
        IReadOnlyDictionary<string, string> roles,
        IReadOnlyList<MissionComponent> components) =>
        inTimeOrder.Select(d => new TimelineEvent(
            d.Date,
            d.Date is null,
            d.DateSource,
            missionId,
            d.Id,
            d.Kind,
            roles[d.Id],
            d.Title,
            $"{Describe(roles[d.Id], d.Kind)}: {d.Title}",
            components.Where(c => c.Document == d.Id).Select(c => c.Fact).ToList())).ToList();

    private static string Describe(string role, string kind) => role switch
    {
        LetterRoles.Decided => "decision (" + kind + ")",
        LetterRoles.Extended => "extension (" + kind + ")",
        LetterRoles.Changed => "change (" + kind + ")",
        LetterRoles.Ended => "end (" + kind + ")",
        LetterRoles.Announced => "announcement (" + kind + ")",
        _ => kind,
    };
}
