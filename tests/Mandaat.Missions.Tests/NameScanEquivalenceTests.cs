using System.Text.RegularExpressions;

namespace Mandaat.Missions.Tests;

/// <summary>
/// The name scan tries at each place only the names that begin with the word found there. That must find exactly
/// what one alternation of every name, longest first, finds with the regex engine's own scan (the definition of a
/// mention), on every real text of the development corpus: same places, same missions, names and regions alike.
/// </summary>
public sealed class NameScanEquivalenceTests
{
    private static readonly MissionCatalog Shipped = MissionCatalog.Load();

    public static TheoryData<string> Folders => ["realworld", "heldout"];

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_real_text_has_the_mentions_one_alternation_of_every_name_finds(string folder)
    {
        var names = Reference(Shipped.Missions.SelectMany(m => MissionCatalog.Names(m).Select(n => (n, m))));
        var regions = Reference(Shipped.Missions.SelectMany(m => m.Regions.Select(r => (r, m))));
        var texts = Directory.EnumerateFiles(Path.Combine(RepoRoot(), "tests", "data", folder), "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(texts);
        var mentions = 0;
        foreach (var path in texts)
        {
            var text = File.ReadAllText(path);
            var expected = names(text).Select(m => (m.Missions[0].Id, m.Offset)).ToList();
            Assert.Equal(expected, Shipped.Mentions(text).Select(m => (m.Mission.Id, m.Offset)));
            Assert.Equal(regions(text).SelectMany(m => m.Missions).Select(m => m.Id).ToHashSet(StringComparer.Ordinal), Shipped.MissionsPlacedIn(text));
            mentions += expected.Count;
        }

        Assert.True(mentions > texts.Count, $"only {mentions} mentions in {texts.Count} texts: the comparison would prove little");
    }

    // The scan's definition: one pattern of every name (the scan's own name patterns), the longest first, each name's missions by its group.
    private static Func<string, IEnumerable<(Mission[] Missions, int Offset)>> Reference(IEnumerable<(string Name, Mission Mission)> names)
    {
        var groups = names.GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Key.Length)
            .Select((g, i) => (Group: "n" + i, Name: g.Key, Missions: g.Select(x => x.Mission).Distinct().ToArray())).ToList();
        var pattern = new Regex(
            $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', groups.Select(x => $"(?<{x.Group}>{NameScan.NamePattern(x.Name)})"))})(?![\p{{L}}\p{{N}}])",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        return text => pattern.Matches(text).Select(m => (groups.First(g => m.Groups[g.Group].Success).Missions, m.Index));
    }

    private static string RepoRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Mandaat.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("the repository root (Mandaat.slnx) is not above the test folder");
    }
}
