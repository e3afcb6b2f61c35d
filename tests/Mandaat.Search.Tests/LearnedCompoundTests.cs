using Mandaat.Search.Analysis;

namespace Mandaat.Search.Tests;

/// <summary>
/// Compounds outside the curated list split by how often their parts occur alone in the record (the shipped
/// table, learned from the development corpus), while frequent words that merely look like compounds stay whole.
/// </summary>
public sealed class LearnedCompoundTests
{
    [Theory]
    [InlineData("geweldgebruik", "geweld gebruik")]
    [InlineData("kennisgevingsbrief", "kennisgeving brief")]
    [InlineData("luchtsteun", "lucht steun")]
    public void A_compound_whose_parts_are_commoner_than_itself_is_split(string word, string parts)
    {
        Assert.Null(CompoundSplitter.Split(word));
        Assert.Equal(parts.Split(' '), LearnedCompoundSplitter.Split(word));
    }

    [Theory]
    [InlineData("belangrijk")]
    [InlineData("bijdrage")]
    [InlineData("onderzoek")]
    [InlineData("voorbereiding")]
    [InlineData("helikopters")]
    public void A_word_commoner_than_any_cut_of_it_or_cut_only_at_a_preposition_stays_whole(string word) =>
        Assert.Null(LearnedCompoundSplitter.Split(word));

    [Fact]
    public void The_table_is_shipped_with_the_analyzer() => Assert.True(LearnedCompoundSplitter.KnownWords > 1000);

    [Fact]
    public void A_reader_typing_a_part_meets_the_compound_in_the_index()
    {
        var analyzer = DutchTextAnalyzer.Default;
        var compound = analyzer.Analyze("de kennisgevingsbrief over de inzet").Single(t => t.Parts.Count > 0);

        Assert.Null(CompoundSplitter.Split("kennisgevingsbrief"));
        Assert.Contains(analyzer.Analyze("kennisgeving").Single().Term, compound.Parts);
        Assert.Contains(analyzer.Analyze("brief").Single().Term, compound.Parts);
    }
}
