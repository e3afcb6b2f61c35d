using System.Text.RegularExpressions;
using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Register.Missions;
using Mandaat.Store;
using Mandaat.Store.Register;
using Mandaat.Store.Sqlite;

namespace Mandaat.Register.Tests;

/// <summary>
/// Each side of a conflict carries the whole sentence of its letter (issue 22, §3: a reader judges a conflict without
/// opening both letters): on the samples and the real papers of tests/data through the real pipeline into a SQLite store that keeps
/// the register's entries, every side of a count or budget conflict has a sentence that holds its quote, starts where
/// a sentence of the letter starts and ends with its full stop (or its paragraph's end).
/// </summary>
public sealed partial class ConflictSentenceTests : IDisposable
{
    private static readonly MissionCatalog Catalog = MissionCatalog.Load();

    private readonly string _folder = Directory.CreateTempSubdirectory("mandaat-conflict-sentences-").FullName;

    [Fact]
    public async Task Every_side_of_a_conflict_on_the_real_papers_carries_the_whole_sentence_its_quote_stands_in()
    {
        var register = new MissionRegister(Catalog);
        await using var store = await RealPapersAsync(register.Materialised.Projection);

        var sides = new List<(string Mission, RegisterConflict Conflict, ConflictItem Item)>();
        foreach (var summary in await register.ListAsync(store, default))
        {
            var detail = (await register.GetAsync(store, summary.Id, default))!;
            sides.AddRange(detail.Conflicts.SelectMany(c => c.Items.Select(i => (summary.Id, c, i))));
        }

        var facts = sides.Where(s => s.Conflict.Kind != ConflictKind.CitationDate).ToList();
        // The samples' estimates and realisations disagree; a corpus without such a conflict would not test the sentences.
        Assert.Contains(facts, s => s.Conflict.Kind == ConflictKind.EstimateVersusRealisation);
        foreach (var (mission, conflict, item) in facts)
        {
            var where = $"{mission}, {conflict.Subject}, {item.Document}";
            Assert.True(item.Sentence is not null, $"no sentence for {where}");
            Assert.Contains(item.Quote, item.Sentence, StringComparison.Ordinal);
            await AssertWholeSentenceAsync(store, item.Document, item.Sentence!, where);
        }

        // A cited date's sentence holds the citation it was read from (the quote's white space folded as the reader does).
        foreach (var (mission, conflict, item) in sides.Where(s => s.Conflict.Kind == ConflictKind.CitationDate && s.Item.Sentence is not null))
        {
            Assert.Contains(item.Quote, Folded(item.Sentence!), StringComparison.Ordinal);
            await AssertWholeSentenceAsync(store, item.Document, item.Sentence!, $"{mission}, {conflict.Subject}, {item.Document}");
        }
    }

    // The sentence stands in its letter's text, begins a sentence (its paragraph's start, or after a sentence's end)
    // and ends one (with ".", "!" or "?", or at its paragraph's end).
    private static async Task AssertWholeSentenceAsync(IDocumentStore store, string document, string sentence, string where)
    {
        var letter = (await store.GetAsync(document, default))!;
        var at = letter.Text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the sentence of {where} is not in its letter");
        var paragraph = letter.Paragraphs.Single(p => p.Start <= at && at < p.End);
        var end = at + sentence.Length;
        var before = letter.Text[paragraph.Start..at].TrimEnd();
        Assert.True(before.Length == 0 || SentenceEnd().IsMatch(before), $"the sentence of {where} starts inside a sentence: …{Tail(before)}|{sentence}");
        var after = letter.Text[end..Math.Min(paragraph.End, letter.Text.Length)];
        Assert.True(SentenceEnd().IsMatch(sentence) || after.Trim().Length == 0, $"the sentence of {where} stops inside a sentence: {sentence}|{after}");
    }

    private static string Tail(string text) => text[Math.Max(0, text.Length - 40)..];

    private static string Folded(string text) => Whitespace().Replace(text, " ");

    private async Task<IDocumentStore> RealPapersAsync(IRegisterProjection projection)
    {
        var data = Path.Combine(Path.GetDirectoryName(IngestedSamples.SamplesFolder)!, "tests", "data");
        var folders = new[] { IngestedSamples.SamplesFolder, Path.Combine(data, "realworld"), Path.Combine(data, "heldout") };
        var store = new SqliteDocumentStore(Path.Combine(_folder, "papers.db"), register: projection);
        await store.MigrateAsync(default);
        var processor = DefaultPipeline.CreateProcessor(Catalog);
        foreach (var path in folders.SelectMany(f => Directory.GetFiles(f, "*.txt").Order()))
        {
            var outcome = processor.Process(await File.ReadAllBytesAsync(path), path);
            if (outcome.Succeeded)
            {
                await store.SaveAsync(outcome.Value, default);
            }
        }

        return store;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // A sentence's end: its mark, then any closing quote or bracket.
    [GeneratedRegex(@"[.!?][""'’”)]*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
