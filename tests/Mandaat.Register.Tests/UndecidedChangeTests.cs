using System.Text;
using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Sqlite;

namespace Mandaat.Register.Tests;

/// <summary>
/// A personnel cap or an asset count that changes between letters without a deciding letter saying so is a conflict
/// (<see cref="ConflictFinder"/>), through the real pipeline into SQLite: on minimal letters built of real sentences
/// (the Apache detachment and the cap of the MINUSMA letters) and on the real papers of tests/data.
/// </summary>
public sealed class UndecidedChangeTests : IDisposable
{
    private static readonly MissionCatalog Catalog = MissionCatalog.Load();

    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-undecided-").FullName;

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
    }

    [Fact]
    public async Task Without_the_report_every_change_is_decided_and_nothing_conflicts()
    {
        var detail = await MissionAsync("minusma", Decision, Extension, LaterReport);

        Assert.DoesNotContain(detail.Conflicts, c => c.Kind == ConflictKind.UndecidedChange);
        Assert.Equal([380, 450], detail.Decisions.Select(d => d.PersonnelCap));
    }

    [Fact]
    public async Task On_the_real_papers_every_undecided_change_disagrees_with_the_count_in_force_and_no_deciding_letter_is_blamed()
    {
        var data = Path.Combine(Path.GetDirectoryName(IngestedSamples.SamplesFolder)!, "tests", "data");
        var papers = new[] { "realworld", "heldout" }.SelectMany(f => Directory.GetFiles(Path.Combine(data, f), "*.txt").Order()).Select(File.ReadAllText).ToArray();
        await using var store = await StoreAsync(papers);
        var register = new MissionRegister(Catalog);

        var changes = 0;
        var diag = new List<string>();
        foreach (var summary in await register.ListAsync(store, default))
        {
            var detail = (await register.GetAsync(store, summary.Id, default))!;
            var roles = detail.Timeline.ToDictionary(e => e.Document, e => e.Role);
            foreach (var g in detail.Components.Where(c => c.Kind == ComponentKind.Asset || (c.Kind == ComponentKind.Personnel && c.Value.StartsWith("maximaal", StringComparison.Ordinal))).GroupBy(c => c.Label))
            {
                if (g.Select(c => c.Value).Distinct().Count() > 1)
                {
                    diag.Add(summary.Id + ": " + g.Key + " " + string.Join(",", g.Select(c => $"{c.Value}@{c.Document}/{c.Role}/{c.Date}").Distinct()));
                }
            }

            foreach (var conflict in detail.Conflicts.Where(c => c.Kind == ConflictKind.UndecidedChange))
            {
                changes++;
                var (inForce, others) = (conflict.Items[0], conflict.Items.Skip(1).ToList());
                Assert.NotEmpty(others);
                Assert.All(others, o => Assert.NotEqual(inForce.Value, o.Value));
                Assert.All(others, o => Assert.False(DecisionStates.Deciding(roles[o.Document]), $"{o.Document} decides, yet is listed as an undecided change in {summary.Id}"));
                Assert.All(others, o => Assert.True(o.Date >= inForce.Date, $"{o.Document} is dated before the count in force it is held against"));
            }
        }

        // The real record has such changes (progress reports restating counts); a finder that never fires would pass the rest.
        Assert.True(changes > 0, "no undecided change found in the real papers; " + string.Join(" | ", diag));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<MissionDetail> MissionAsync(string id, params string[] letters)
    {
        await using var store = await StoreAsync(letters);
        return (await new MissionRegister(Catalog).GetAsync(store, id, default))!;
    }

    private async Task<IDocumentStore> StoreAsync(params string[] texts)
    {
        var store = new SqliteDocumentStore(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));
        await store.MigrateAsync(default);
        var processor = DefaultPipeline.CreateProcessor(Catalog);
        for (var i = 0; i < texts.Length; i++)
        {
            var outcome = processor.Process(Encoding.UTF8.GetBytes(texts[i]), $"brief-{i}.txt");
            if (outcome.Succeeded)
            {
                await store.SaveAsync(outcome.Value, default);
            }
        }

        return store;
    }
}
