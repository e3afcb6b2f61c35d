using Mandaat.Core.Documents;
using Mandaat.Register.Corpus;
using Mandaat.Register.Missions;

namespace Mandaat.Register.Timeline;

/// <summary>A mission's documents as dated events in date order, undated documents last and marked.</summary>
public static class TimelineBuilder
{
    public static IReadOnlyList<TimelineEvent> Build(
        string missionId,
        IEnumerable<RegisterDocument> inTimeOrder,
        IReadOnlyDictionary<string, LetterRole> roles,
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

    // A letter that only reports is described by its kind alone.
    private static readonly Dictionary<LetterRole, string> Events = new()
    {
        [LetterRole.Decided] = "decision",
        [LetterRole.Extended] = "extension",
        [LetterRole.Changed] = "change",
        [LetterRole.Ended] = "end",
        [LetterRole.Announced] = "announcement",
    };

    private static string Describe(LetterRole role, DocumentKind kind) =>
        Events.TryGetValue(role, out var happened) ? $"{happened} ({kind})" : kind.Slug;
}
