using Mandaat.Register.Missions;

namespace Mandaat.Register.Tests;

/// <summary>
/// A personnel cap or an asset count that changes between letters without a deciding letter saying so is a conflict
/// (<see cref="ConflictFinder"/>), through the real pipeline into SQLite: on minimal letters built of real sentences
/// (the Apache detachment and the cap of the MINUSMA letters) and on the real papers of tests/data.
/// </summary>
public sealed class UndecidedChangeTests : IDisposable
{
    private readonly PipelineStores _stores = new();

    private const string Decision = """
        29 521 Nederlandse deelname aan vredesmissies

        Nr. 801 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE

        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

        Den Haag, 1 november 2013

        In overeenstemming met artikel 100 van de Grondwet informeren wij u over het besluit van het kabinet bij te dragen aan MINUSMA, de VN-missie in Mali.

        Nederland levert aan MINUSMA maximaal 380 militairen.

        - Een detachement van 60 militairen met vier Apache gevechtshelikopters, gestationeerd op het vliegveld bij Gao.
        """;

    private const string Report = """
        29 521 Nederlandse deelname aan vredesmissies

        Nr. 802 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE

        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

        Den Haag, 1 mei 2014

        Hierbij informeren wij u over de voortgang van de Nederlandse bijdrage aan MINUSMA in Mali.

        Nederland levert aan MINUSMA maximaal 450 militairen.

        - Een detachement van 60 militairen met zes Apache gevechtshelikopters, gestationeerd op het vliegveld bij Gao.
        """;

    private const string Extension = """
        29 521 Nederlandse deelname aan vredesmissies

        Nr. 803 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE

        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

        Den Haag, 1 oktober 2014

        In overeenstemming met artikel 100 van de Grondwet informeren wij u over het besluit van het kabinet de bijdrage aan MINUSMA in Mali te verlengen.

        Nederland levert aan MINUSMA maximaal 450 militairen.

        - Een detachement van 60 militairen met zes Apache gevechtshelikopters, gestationeerd op het vliegveld bij Gao.
        """;

    private const string LaterReport = """
        29 521 Nederlandse deelname aan vredesmissies

        Nr. 804 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE

        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

        Den Haag, 1 maart 2015

        Hierbij informeren wij u over de voortgang van de Nederlandse bijdrage aan MINUSMA in Mali.

        - Een detachement van 60 militairen met zes Apache gevechtshelikopters, gestationeerd op het vliegveld bij Gao.
        """;

    [Fact]
    public async Task A_report_that_changes_the_cap_and_the_helicopters_before_the_extension_is_a_conflict_and_the_extension_is_not()
    {
        var detail = await MissionAsync("minusma", Decision, Report, Extension, LaterReport);

        var changes = detail.Conflicts.Where(c => c.Kind == ConflictKind.UndecidedChange).ToList();
        var cap = Assert.Single(changes, c => c.Subject == "personnel cap");
        Assert.Equal(["380", "450"], cap.Items.Select(i => i.Value));
        var apache = Assert.Single(changes, c => c.Subject != "personnel cap");
        Assert.Equal(["4", "6"], apache.Items.Select(i => i.Value));
        // Both sides name their letter and quote what it says; the later letters agree with the extension.
        var letters = detail.Timeline.ToDictionary(e => e.Document, e => e.Date);
        foreach (var conflict in changes)
        {
            Assert.Equal([new DateOnly(2013, 11, 1), new DateOnly(2014, 5, 1)], conflict.Items.Select(i => letters[i.Document]));
            Assert.All(conflict.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Quote)));
        }

        // Each side carries its letter's whole sentence, so the conflict can be judged without opening the letters.
        Assert.Equal(["Nederland levert aan MINUSMA maximaal 380 militairen.", "Nederland levert aan MINUSMA maximaal 450 militairen."], cap.Items.Select(i => i.Sentence));
        Assert.Equal(
            ["- Een detachement van 60 militairen met vier Apache gevechtshelikopters, gestationeerd op het vliegveld bij Gao.", "- Een detachement van 60 militairen met zes Apache gevechtshelikopters, gestationeerd op het vliegveld bij Gao."],
            apache.Items.Select(i => i.Sentence));
    }

    [Fact]
    public async Task Without_the_report_every_change_is_decided_and_nothing_conflicts()
    {
        var detail = await MissionAsync("minusma", Decision, Extension, LaterReport);

        Assert.DoesNotContain(detail.Conflicts, c => c.Kind == ConflictKind.UndecidedChange);
        Assert.Equal([380, 450], detail.Decisions.Select(d => d.PersonnelCap));
    }

    [Fact]
    public async Task On_the_real_papers_a_count_changed_by_extensions_is_no_conflict_and_no_deciding_letter_is_ever_blamed()
    {
        await using var store = await _stores.StoreAsync(PipelineStores.RealPapers());
        var register = new MissionRegister(PipelineStores.Catalog);

        var changedBetweenLetters = new List<string>();
        foreach (var summary in await register.ListAsync(store, default))
        {
            var detail = (await register.GetAsync(store, summary.Id, default))!;
            var roles = detail.Timeline.ToDictionary(e => e.Document, e => e.Role);
            var changes = detail.Conflicts.Where(c => c.Kind == ConflictKind.UndecidedChange).ToList();
            foreach (var conflict in changes)
            {
                var (inForce, others) = (conflict.Items[0], conflict.Items.Skip(1).ToList());
                Assert.NotEmpty(others);
                Assert.All(others, o => Assert.NotEqual(inForce.Value, o.Value));
                Assert.All(others, o => Assert.False(DecisionStates.Deciding(roles[o.Document]), $"{o.Document} decides, yet is listed as an undecided change in {summary.Id}"));
                Assert.All(others, o => Assert.True(o.Date >= inForce.Date, $"{o.Document} is dated before the count in force it is held against"));
            }

            // An asset whose count differs between deciding letters (each extension sets its own) is history: a conflict
            // on it only where a letter that decides nothing disagrees with the latest decision before it.
            foreach (var asset in detail.Components.Where(c => c.Kind == ComponentKind.Asset && c.Date is not null).GroupBy(c => c.Label))
            {
                var letters = asset.GroupBy(c => c.Document)
                    .Select(l => (l.First().Date, Deciding: DecisionStates.Deciding(l.First().Role), Count: l.GroupBy(c => c.Value).OrderByDescending(g => g.Count()).First().Key))
                    .OrderBy(l => l.Date).ThenBy(l => l.Deciding ? 0 : 1).ToList();
                if (letters.Where(l => l.Deciding).Select(l => l.Count).Distinct().Count() < 2)
                {
                    continue;
                }

                changedBetweenLetters.Add($"{summary.Id}: {asset.Key}");
                var disagreeing = letters.Where((l, i) => !l.Deciding && letters.Take(i).LastOrDefault(p => p.Deciding) is { Deciding: true } set && set.Count != l.Count);
                Assert.Equal(disagreeing.Any(), changes.Any(c => c.Subject.Equals(asset.Key, StringComparison.OrdinalIgnoreCase)));
            }
        }

        // The real record has such decided changes (Atalanta: two ships, then one, each set by an extension); a corpus
        // without one would not test the rule.
        Assert.NotEmpty(changedBetweenLetters);
    }

    public void Dispose() => _stores.Dispose();

    private async Task<MissionDetail> MissionAsync(string id, params string[] letters)
    {
        await using var store = await _stores.StoreAsync(letters);
        return (await new MissionRegister(PipelineStores.Catalog).GetAsync(store, id, default))!;
    }
}
