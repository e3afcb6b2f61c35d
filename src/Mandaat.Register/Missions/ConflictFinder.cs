using System.Globalization;
using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Register.Corpus;

namespace Mandaat.Register.Missions;

/// <summary>
/// Finds what a mission's letters disagree on: a personnel cap or an asset count that changes between letters
/// without a deciding letter that says so, an estimate beside the realisation for the same year, and a paper cited with two different dates
/// (or with a date other than the one it prints itself).
/// </summary>
public static class ConflictFinder
{
    /// <summary>The subject of a conflict over the personnel cap (the others name their asset, budget year or paper).</summary>
    public const string PersonnelCap = "personnel cap";

    public static IReadOnlyList<RegisterConflict> Find(IReadOnlyList<MissionComponent> components, RegisterCorpus corpus, IReadOnlyCollection<string> missionDocuments)
    {
        var conflicts = new List<RegisterConflict>();
        conflicts.AddRange(UndecidedChanges(components));
        conflicts.AddRange(EstimatesAndRealisations(components));
        conflicts.AddRange(CitationDates(corpus, missionDocuments));
        return conflicts;
    }

    // A count a letter states is held against the count in force: the last one a deciding letter (decision, extension,
    // change, announcement, end) stated before it, else the first one stated at all. A deciding letter that states a
    // new count says so and sets it; any other letter that states another count is a change no decision explains. One
    // conflict per item and count in force: the letter that set it and every letter that disagrees with it. Undated
    // letters cannot be placed between decisions and are left out.
    private static IEnumerable<RegisterConflict> UndecidedChanges(IReadOnlyList<MissionComponent> components)
    {
        var counted = PersonnelCaps(components).Concat(AssetCounts(components));
        foreach (var item in counted.GroupBy(c => c.Subject, StringComparer.OrdinalIgnoreCase))
        {
            var letters = item.Where(c => c.Component.Date is not null)
                .OrderBy(c => c.Component.Date).ThenBy(c => DecisionStates.Deciding(c.Component.Role) ? 0 : 1).ToList();
            Stated? inForce = null;
            var disagreeing = new List<(Stated InForce, Stated Letter)>();
            foreach (var letter in letters)
            {
                if (inForce is null || DecisionStates.Deciding(letter.Component.Role))
                {
                    inForce = letter;
                }
                else if (letter.Value != inForce.Value)
                {
                    disagreeing.Add((inForce, letter));
                }
            }

            foreach (var group in disagreeing.GroupBy(d => d.InForce))
            {
                var set = group.Key;
                var others = group.Select(g => g.Letter).ToList();
                var how = DecisionStates.Deciding(set.Component.Role) ? "set by" : "first stated in";
                yield return new RegisterConflict(
                    ConflictKind.UndecidedChange,
                    item.Key,
                    $"{item.Key}: {set.Value} ({how} {set.Component.Document}), then " +
                    string.Join(", ", others.Select(o => $"{o.Value} ({o.Component.Document})")) + " without a deciding letter that says so",
                    [Item(set), .. others.Select(Item)]);
            }
        }
    }

    // Per letter the largest cap it states ("maximaal", "ten hoogste": read as the cap qualifier); other numbers of people are no cap.
    private static IEnumerable<Stated> PersonnelCaps(IReadOnlyList<MissionComponent> components) =>
        Missions.PersonnelCaps.Of(components)
            .GroupBy(c => c.Component.Document)
            .Select(letter => letter.MaxBy(c => c.Cap))
            .Select(c => new Stated(PersonnelCap, c.Cap.ToString(CultureInfo.InvariantCulture), c.Component));

    // Per letter and asset the count it states most often: a passing mention of another count is not its number.
    private static IEnumerable<Stated> AssetCounts(IReadOnlyList<MissionComponent> components) =>
        components.Where(c => c.Kind == ComponentKind.Asset)
            .GroupBy(c => (Asset: c.Label.ToUpperInvariant(), c.Document))
            .Select(letter => letter.GroupBy(c => c.Value).OrderByDescending(g => g.Count()).First().First())
            .Select(c => new Stated(c.Label, c.Value, c));

    private static ConflictItem Item(Stated s) => Item(s.Component) with { Value = s.Value };

    private sealed record Stated(string Subject, string Value, MissionComponent Component);

    private static IEnumerable<RegisterConflict> EstimatesAndRealisations(IReadOnlyList<MissionComponent> components)
    {
        var budget = components.Where(c => c.Kind == ComponentKind.Budget && c.Year is not null);
        foreach (var year in budget.GroupBy(c => c.Year!.Value).OrderBy(g => g.Key))
        {
            var estimates = year.Where(c => c.Label == MoneyRoles.Estimate).ToList();
            var realisations = year.Where(c => c.Label == MoneyRoles.Realisation).ToList();
            if (estimates.Count == 0 || realisations.Count == 0 || estimates.All(e => realisations.All(r => r.Value == e.Value)))
            {
                continue;
            }

            var subject = "budget " + year.Key.ToString(CultureInfo.InvariantCulture);
            yield return new RegisterConflict(
                ConflictKind.EstimateVersusRealisation,
                subject,
                $"{subject}: estimated {string.Join(" / ", estimates.Select(e => e.Value))}, realised {string.Join(" / ", realisations.Select(r => r.Value))}",
                estimates.Concat(realisations).Select(Item).ToList());
        }
    }

    private static IEnumerable<RegisterConflict> CitationDates(RegisterCorpus corpus, IReadOnlyCollection<string> missionDocuments)
    {
        var cited = corpus.CitedDates.Where(c => missionDocuments.Contains(c.CitingDocument));
        foreach (var paper in cited.GroupBy(c => c.CitedId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var items = paper.Select(c => new ConflictItem(c.CitingDocument, c.Date, Iso(c.Date), c.Quote, c.Sentence, c.Page)).ToList();
            // A verslag is printed after its debate, so a cited debate date is no disagreement with it.
            if (corpus.Find(paper.Key) is { DateSource: RegisterDocument.DatePrinted, Date: { } printed } stored && stored.Kind != DocumentKind.Verslag)
            {
                items.Add(new ConflictItem(stored.Id, printed, Iso(printed), "the paper's own date", null, null));
            }

            if (items.Select(i => i.Date).Distinct().Count() > 1)
            {
                yield return new RegisterConflict(
                    ConflictKind.CitationDate,
                    paper.Key,
                    $"{paper.Key} is cited with different dates: {string.Join(", ", items.Select(i => i.Value).Distinct())}",
                    items);
            }
        }
    }

    private static ConflictItem Item(MissionComponent c) => new(c.Document, c.Date, c.Value, c.Fact.Quote, c.Sentence, c.Fact.Citation?.Page);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
