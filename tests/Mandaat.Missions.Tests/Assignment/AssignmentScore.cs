namespace Mandaat.Missions.Tests.Assignment;

/// <summary>
/// How well documents land in their missions. A document lands right when the mission it is linked to most
/// strongly is one it is about; recall counts every mission it is about that it is linked to; a spurious link is
/// one to a mission it is not about.
/// </summary>
public sealed record AssignmentScore(int Documents, int Right, int ExpectedLinks, int FoundLinks, int SpuriousLinks, IReadOnlyList<string> Wrong)
{
    public double Accuracy => Documents == 0 ? 0 : (double)Right / Documents;

    public double Recall => ExpectedLinks == 0 ? 0 : (double)FoundLinks / ExpectedLinks;

    public int Missions { get; init; }

    public override string ToString() =>
        $"{Right}/{Documents} documents in the right mission ({Accuracy:P1}) over {Missions} missions; " +
        $"links found {FoundLinks}/{ExpectedLinks} ({Recall:P1}), spurious {SpuriousLinks}";

    public static AssignmentScore Of(IReadOnlyList<AssignedDocument> gold, IReadOnlyDictionary<AssignedDocument, IReadOnlyList<string>> linked)
    {
        var wrong = new List<string>();
        int right = 0, expected = 0, found = 0, spurious = 0;
        foreach (var document in gold)
        {
            var links = linked[document];
            expected += document.Expected.Count;
            found += document.Expected.Count(links.Contains);
            spurious += links.Count(l => !document.Expected.Contains(l));
            if (links.Count > 0 && document.Expected.Contains(links[0]))
            {
                right++;
            }
            else
            {
                wrong.Add($"{document.Name}: expected {string.Join('+', document.Expected)}, linked [{string.Join(", ", links)}]");
            }
        }

        return new AssignmentScore(gold.Count, right, expected, found, spurious, wrong)
        {
            Missions = gold.SelectMany(d => d.Expected).Distinct().Count(),
        };
    }
}
