using Mandaat.Core.Documents;
using Mandaat.Search.Query;

namespace Mandaat.Search.Tests;

public sealed class QueryParserTests
{
    private static QueryNode Root(string query)
    {
        var outcome = QueryParser.Parse(query);
        Assert.True(outcome.Succeeded, outcome.Error);
        return outcome.Value.Root;
    }

    [Fact]
    public void Words_are_ANDed_and_phrases_prefixes_and_negations_are_read()
    {
        var root = Assert.IsType<AllQuery>(Root("KDC-10 \"strijd tegen ISIS\" milit* -Syrië"));

        Assert.Equal<QueryNode>(
            [new WordQuery("KDC-10", false), new PhraseQuery("strijd tegen ISIS"), new WordQuery("milit", true), new NotQuery(new WordQuery("Syrië", false))],
            root.Children);
    }

    [Fact]
    public void OR_binds_looser_than_AND_and_parentheses_group()
    {
        var root = Assert.IsType<AnyQuery>(Root("Erbil helmen OR (KDC-10 AND tanker)"));

        Assert.IsType<AllQuery>(root.Children[0]);
        Assert.Equal(new[] { "KDC-10", "tanker" }, ((AllQuery)root.Children[1]).Children.Cast<WordQuery>().Select(w => w.Word));
    }

    [Fact]
    public void Filters_are_read_wherever_they_stand()
    {
        var query = QueryParser.Parse("kind:artikel100 Erbil dossier:\"27 925\" from:2015 to:2020-06 type:question").Value;

        Assert.Equal(new QueryFilters(DocumentKind.Artikel100, "27925", new DateOnly(2015, 1, 1), new DateOnly(2020, 6, 30), SearchUnits.Question), query.Filters);
        Assert.Equal(new WordQuery("Erbil", false), query.Root);
    }

    [Fact]
    public void Vraag_searches_its_value_in_questions_only()
    {
        var query = QueryParser.Parse("vraag:Erbil").Value;

        Assert.Equal(SearchUnits.Question, query.Filters.Unit);
        Assert.Equal(new WordQuery("Erbil", false), query.Root);
        Assert.Equal((new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)), (QueryParser.Parse("year:2020 ISIS").Value.Filters.From, QueryParser.Parse("year:2020 ISIS").Value.Filters.To));
    }

    [Theory]
    [InlineData("\"unbalanced", "unbalanced")]
    [InlineData("AND OR ( Erbil", "Erbil")]
    [InlineData("NEAR(", "NEAR")]
    [InlineData("Erbil)", "Erbil")]
    [InlineData("Erbil NOT", "Erbil")]
    [InlineData("lowercase or and", null)]
    public void Malformed_queries_run_as_plain_words(string query, string? only)
    {
        var root = Root(query);

        if (only is not null)
        {
            Assert.Equal(only, root is WordQuery word ? word.Word : ((PhraseQuery)root).Text);
        }
        else
        {
            Assert.Equal(3, Assert.IsType<AllQuery>(root).Children.Count);
        }
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("-Syrië", "exclude")]
    [InlineData("NOT ISIS", "exclude")]
    [InlineData("Irak OR -Syrië", "OR")]
    [InlineData("kind:roman", "unknown kind")]
    [InlineData("from:gisteren ISIS", "date")]
    [InlineData("dossier:abc ISIS", "dossier")]
    [InlineData("type:tabel ISIS", "question or paragraph")]
    [InlineData("kind:brief", "no words")]
    [InlineData("-kind:brief ISIS", "cannot be excluded")]
    public void Queries_without_an_answer_fail_with_a_message_that_says_why(string query, string reason)
    {
        var outcome = QueryParser.Parse(query);

        Assert.False(outcome.Succeeded);
        Assert.Contains(reason, outcome.Error);
    }

    [Fact]
    public void Very_long_and_deeply_nested_queries_are_bounded()
    {
        Assert.Contains("limit", QueryParser.Parse(new string('a', 5000)).Error);
        Assert.True(QueryParser.Parse(new string('(', 900) + "Erbil" + new string(')', 90)).Succeeded);
        Assert.Contains("words", QueryParser.Parse(string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i}"))).Error);
    }
}
