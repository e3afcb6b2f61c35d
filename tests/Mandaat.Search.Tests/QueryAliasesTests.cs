using Mandaat.Search.Analysis;
using Mandaat.Search.Query;

namespace Mandaat.Search.Tests;

/// <summary>A mission's names and a designation's variants meet in a query (issue 23), without turning common words into aliases.</summary>
public sealed class QueryAliasesTests
{
    private static readonly QueryAliases Aliases = new(
        [["MINUSMA", "VN-missie in Mali", "United Nations Multidimensional Integrated Stabilization Mission in Mali"]],
        DutchTextAnalyzer.Default);

    private static QueryNode Expanded(string query) => Aliases.Expand(QueryParser.Parse(query).Value.Root);

    private static IEnumerable<string> Phrases(QueryNode node) => node switch
    {
        PhraseQuery phrase => [phrase.Text],
        AnyQuery any => any.Children.SelectMany(Phrases),
        AllQuery all => all.Children.SelectMany(Phrases),
        NotQuery not => Phrases(not.Child),
        _ => [],
    };

    [Fact]
    public void An_acronym_also_looks_for_the_missions_other_names()
    {
        var expanded = Assert.IsType<AnyQuery>(Expanded("MINUSMA"));

        Assert.Equal(new WordQuery("MINUSMA", false), expanded.Children[0]);
        Assert.Contains("VN-missie in Mali", Phrases(expanded));
    }

    [Fact]
    public void A_name_several_missions_share_is_looked_for_as_typed_and_stays_another_name_of_each()
    {
        var aliases = new QueryAliases(
            [["EUFOR Althea", "EUFOR", "Operation Althea"], ["EUFOR Tchad/RCA", "EUFOR", "EU-missie in Tsjaad"]],
            DutchTextAnalyzer.Default);

        Assert.Equal(new WordQuery("EUFOR", false), aliases.Expand(QueryParser.Parse("EUFOR").Value.Root));
        var althea = Phrases(aliases.Expand(QueryParser.Parse("\"EUFOR Althea\"").Value.Root)).ToList();
        Assert.Contains("Operation Althea", althea);
        Assert.Contains("EUFOR", althea);
        Assert.DoesNotContain("EU-missie in Tsjaad", althea);
    }

    [Fact]
    public void Words_typed_without_the_little_words_are_the_name_that_has_them()
    {
        var expanded = Expanded("VN-missie Mali");

        Assert.Contains("MINUSMA", Phrases(expanded));
    }

    [Fact]
    public void A_word_that_is_no_name_is_left_as_typed()
    {
        var parsed = QueryParser.Parse("Mali Gao").Value.Root;

        Assert.Same(parsed, Aliases.Expand(parsed));
    }

    [Fact]
    public void IS_in_capitals_means_ISIS_but_is_never_looked_for_as_the_verb()
    {
        Assert.Contains("ISIS", Phrases(Expanded("IS Irak")));
        Assert.Empty(Phrases(Expanded("is Irak")));
        Assert.DoesNotContain("IS", Phrases(Expanded("Daesh")));
        Assert.Contains("ISIL", Phrases(Expanded("Daesh")));
    }
}
