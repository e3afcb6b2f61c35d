using System.Globalization;
using Mandaat.Core.Documents;
using Mandaat.Register.Corpus;

namespace Mandaat.Register.Missions;

/// <summary>
/// Finds what a mission's letters disagree on: the same asset with different numbers in two letters,
/// an estimate beside the realisation for the same year, and a paper cited with two different dates
/// (or with a date other than the one it prints itself).
/// </summary>
public static class ConflictFinder
{
    public static IReadOnlyList<RegisterConflict> Find(IReadOnlyList<MissionComponent> components, RegisterCorpus corpus, IReadOnlyCollection<string> missionDocuments)
    {
        var conflicts = new List<RegisterConflict>();
        conflicts.AddRange(DifferentNumbers(components));
        conflicts.AddRange(EstimatesAndRealisations(components));
        conflicts.AddRange(CitationDates(corpus, missionDocuments));
        return conflicts;
    }

    // Per letter the count it states most often is its number; a passing mention of another count is not.
    private static IEnumerable<RegisterConflict> DifferentNumbers(IReadOnlyList<MissionComponent> components)
    {
        foreach (var asset in components.Where(c => c.Kind == ComponentKind.Asset).GroupBy(c => c.Label, StringComparer.OrdinalIgnoreCase))
        {
            var perLetter = asset.GroupBy(c => c.Document)
                .Select(letter => letter.GroupBy(c => c.Value).OrderByDescending(g => g.Count()).First().First())
                .ToList();
            if (perLetter.Select(c => c.Value).Distinct().Count() > 1)
            {
                yield return new RegisterConflict(
                    ConflictKind.DifferentNumbers,
                    asset.Key,
                    $"letters give different numbers of {asset.Key}: " + string.Join(", ", perLetter.Select(c => $"{c.Value} ({c.Document})")),
                    perLetter.Select(Item).ToList());
            }
        }
    }

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
            var items = paper.Select(c => new ConflictItem(c.CitingDocument, c.Date, Iso(c.Date), c.Quote)).ToList();
            // A verslag is printed after its debate, so a cited debate date is no disagreement with it.
            if (corpus.Find(paper.Key) is { DateSource: RegisterDocument.DatePrinted, Date: { } printed } stored && stored.Kind != DocumentKind.Verslag)
            {
                items.Add(new ConflictItem(stored.Id, printed, Iso(printed), "the paper's own date"));
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

    private static ConflictItem Item(MissionComponent c) => new(c.Document, c.Date, c.Value, c.Fact.Quote);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
