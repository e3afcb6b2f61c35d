using Mandaat.Search.Analysis;

namespace Mandaat.Search.Tests;

/// <summary>Dutch compounds keep their parts beside the whole word, plurals meet their singular, designations their variants (issue 23).</summary>
public sealed class CompoundTests
{
    private static readonly DutchTextAnalyzer Analyzer = DutchTextAnalyzer.Default;

    [Theory]
    [InlineData("politietrainingsmissie", "politie training missie")]
    [InlineData("transporthelikopters", "transport helikopters")]
    [InlineData("commandofregat", "commando fregat")]
    [InlineData("burgerslachtoffers", "burger slachtoffers")]
    [InlineData("veiligheidssector", "veiligheid sector")]
    [InlineData("vluchtelingenkampen", "vluchteling kampen")]
    [InlineData("bermbommen", "berm bommen")]
    [InlineData("luchtverdediging", "lucht verdediging")]
    public void A_compound_of_listed_parts_is_split_with_its_linking_letters_dropped(string word, string parts) =>
        Assert.Equal(parts.Split(' '), CompoundSplitter.Split(word));

    [Theory]
    [InlineData("helikopters")]
    [InlineData("verslag")]
    [InlineData("ontwikkelingssamenwerking")]
    [InlineData("missie")]
    [InlineData("kamerstuk")]
    [InlineData("f16")]
    public void A_word_not_made_of_listed_parts_entirely_stays_whole(string word) => Assert.Null(CompoundSplitter.Split(word));

    [Fact]
    public void A_compound_is_one_term_with_its_stemmed_parts_beside_it()
    {
        var token = Analyzer.Analyze("drie transporthelikopters").Single(t => t.Parts.Count > 0);

        Assert.Equal("transporthelikopter", token.Term);
        Assert.Equal(["transport", "helikopter"], token.Parts);
    }

    [Fact]
    public void A_hyphenated_compound_keeps_its_pieces_and_the_parts_of_each()
    {
        var token = Analyzer.Analyze("VN-trainingsmissie").Single();

        Assert.Equal(["vn", "trainingsmissie", "training", "missie"], token.Parts);
    }

    [Theory]
    [InlineData("missies", "missie")]
    [InlineData("trainingsmissies", "trainingsmissie")]
    [InlineData("evaluaties", "evaluatie")]
    [InlineData("F16", "F-16")]
    [InlineData("NH90", "NH-90")]
    [InlineData("F-16's", "F16")]
    [InlineData("C130", "C-130")]
    public void Forms_a_reader_types_meet_the_form_the_paper_writes(string typed, string written) =>
        Assert.Equal(Analyzer.Analyze(written).Single().Term, Analyzer.Analyze(typed).Single().Term);

    [Fact]
    public void Codes_that_are_not_letters_then_digits_keep_their_form()
    {
        Assert.Equal("19,5", Analyzer.Analyze("19,5").Single().Term);
        Assert.Equal("2020", Analyzer.Analyze("2020").Single().Term);
        Assert.Equal("b2b", Analyzer.Analyze("B2B").Single().Term);
    }
}
