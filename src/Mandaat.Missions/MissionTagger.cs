using Mandaat.Core.Facts;
using Mandaat.Core.Text;

namespace Mandaat.Missions;

/// <summary>
/// Tags each fact with the missions it concerns: those named in the fact's own paragraph, else the
/// missions the document as a whole is about (named at least twice), so that a figure in a paragraph
/// that does not repeat the mission's name still lands with its mission.
/// </summary>
public sealed class MissionTagger(MissionCatalog catalog)
{
    private const int DocumentMentionsNeeded = 2;

    public IReadOnlyList<Fact> Tag(NormalizedText text, IReadOnlyList<Fact> facts) => Tag(text, facts, null);

    /// <summary>As <see cref="Tag(NormalizedText, IReadOnlyList{Fact})"/>, a name several missions share read as the one of the document's date.</summary>
    public IReadOnlyList<Fact> Tag(NormalizedText text, IReadOnlyList<Fact> facts, DateOnly? date)
    {
        var byParagraph = new Dictionary<int, List<string>>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (mission, offset) in catalog.Mentions(text.Text, date))
        {
            var paragraph = text.ParagraphAt(offset);
            if (!byParagraph.TryGetValue(paragraph, out var list))
            {
                byParagraph[paragraph] = list = [];
            }

            if (!list.Contains(mission.Id))
            {
                list.Add(mission.Id);
            }

            counts[mission.Id] = counts.GetValueOrDefault(mission.Id) + 1;
        }

        var documentMissions = counts.Where(c => c.Value >= DocumentMentionsNeeded)
            .OrderByDescending(c => c.Value).Select(c => c.Key).ToList();
        return facts.Select(fact =>
        {
            var paragraph = fact.Citation?.Paragraph ?? -1;
            IReadOnlyList<string> missions = byParagraph.TryGetValue(paragraph, out var named) ? named : documentMissions;
            return missions.Count == 0 ? fact : fact with { Missions = missions };
        }).ToList();
    }
}
