using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Store.Indexing;
using Mandaat.Store.Sqlite;

namespace Mandaat.Search.Tests;

/// <summary>
/// Analysing a document's text once and slicing it per paragraph gives exactly the terms each passage gives
/// when analysed alone: on the five real samples, on a paragraph whose edge cuts a word, and on questions.
/// </summary>
public sealed class PassageAnalysisTests
{
    private static readonly ITextAnalyzer Analyzer = DutchTextAnalyzer.Default;

    public static TheoryData<string> Samples => [.. RawSamples.Load().Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Slicing_the_whole_text_gives_each_passage_its_own_terms(string id)
    {
        var document = RawSamples.Load().Single(d => d.Id == id);
        var passages = SearchPassages.Of(document);

        Assert.Equal(Alone(document.Id, passages), PassageAnalysis.Of(document.Id, document.Text.Text, passages, Analyzer));
    }

    [Fact]
    public void A_paragraph_whose_edge_cuts_a_word_and_a_question_are_analysed_alone()
    {
        const string text = "De F-16's vlogen boven Irak. Militairen trainden Peshmerga-strijders.";
        IReadOnlyList<SearchPassage> passages =
        [
            SearchPassage.Slice(SearchUnits.Paragraph, 0, text, 0, 6), // "De F-1": ends inside "F-16's"
            SearchPassage.Slice(SearchUnits.Paragraph, 1, text, 29, text.Length),
            new(SearchUnits.Question, 1, 0, 10, SearchUnits.QuestionText("Waar vlogen de F-16's?", "Boven Irak.")),
            SearchPassage.Slice(SearchUnits.Document, 0, text, 0, text.Length),
        ];

        Assert.Equal(Alone("d", passages), PassageAnalysis.Of("d", text, passages, Analyzer));
    }

    private static List<AnalyzedUnit> Alone(string documentId, IEnumerable<SearchPassage> passages) =>
        [.. passages.Select(p => PassageAnalysis.Unit(documentId, p, Analyzer.Analyze(p.Text)))];
}
