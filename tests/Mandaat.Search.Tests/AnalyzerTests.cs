using Mandaat.Search.Analysis;

namespace Mandaat.Search.Tests;

public sealed class AnalyzerTests
{
    private static readonly DutchTextAnalyzer Analyzer = DutchTextAnalyzer.Default;

    private static string[] Terms(string text) => Analyzer.Analyze(text).Select(t => t.Term).ToArray();

    [Theory]
    [InlineData("militairen", "militair")]
    [InlineData("militair", "militair")]
    [InlineData("helmen", "helm")]
    [InlineData("helm", "helm")]
    [InlineData("Syrië", "syrie")]
    [InlineData("Syrie", "syrie")]
    public void Words_are_stemmed_and_folded_so_forms_meet(string word, string term) => Assert.Equal([term], Terms(word));

    [Theory]
    [InlineData("F-16", "f-16")]
    [InlineData("F-16’s", "f-16")]
    [InlineData("F-16's", "f-16")]
    [InlineData("KDC-10", "kdc-10")]
    [InlineData("anti-ISIS", "anti-isis")]
    [InlineData("19,5", "19,5")]
    public void Compounds_and_numbers_are_one_term(string word, string term) => Assert.Equal([term], Terms(word));

    [Fact]
    public void A_compound_keeps_its_parts_and_its_place_in_the_original_text()
    {
        const string text = "de anti-ISIS-coalitie en (pro-)Iraanse milities";

        var tokens = Analyzer.Analyze(text);

        var compound = tokens[1];
        Assert.Equal("anti-ISIS-coalitie", text[compound.Start..compound.End]);
        Assert.Equal(["anti", "isis", "coalitie"], compound.Parts);
        Assert.Equal("anti-isis-coalitie", compound.Term);
        Assert.Equal("pro", tokens[3].Term); // "(pro-)" ends at the parenthesis
        Assert.Equal("Iraanse", text[tokens[4].Start..tokens[4].End]);
    }

    [Fact]
    public void Punctuation_and_dashes_between_words_split()
    {
        Assert.Equal(["2014", "2015"], Terms("2014–2015"));
        Assert.Equal(["irak", "syrie"], Terms("Irak/Syrië."));
        Assert.Empty(Terms("-- … ! ?"));
    }
}
