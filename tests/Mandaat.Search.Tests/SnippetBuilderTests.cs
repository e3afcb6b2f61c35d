using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Search.Snippets;

namespace Mandaat.Search.Tests;

public sealed class SnippetBuilderTests
{
    private static string Snippet(string passage, string query) =>
        new SnippetBuilder(DutchTextAnalyzer.Default).Build(passage, HighlightTerms.From(QueryParser.Parse(query).Value.Root, DutchTextAnalyzer.Default));

    [Fact]
    public void Matches_are_marked_in_the_original_words_not_the_stems()
    {
        Assert.Equal("De **militairen** dragen **helmen** in **Syrië**.", Snippet("De militairen dragen helmen in Syrië.", "militair helm syrie"));
    }

    [Fact]
    public void A_compound_is_marked_whole_when_a_part_matches()
    {
        Assert.Equal("steun aan de **anti-ISIS-coalitie**", Snippet("steun aan de anti-ISIS-coalitie", "ISIS"));
    }

    [Fact]
    public void A_long_passage_is_cut_around_the_matches_with_ellipses_and_collapsed_white_space()
    {
        var passage = string.Join(' ', Enumerable.Repeat("Lange tekst zonder\nbelang.", 30)) + " Hier staat de KDC-10 tanker. " + string.Join(' ', Enumerable.Repeat("Meer tekst.", 40));

        var snippet = Snippet(passage, "KDC-10");

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("Hier staat de **KDC-10** tanker.", snippet);
        Assert.DoesNotContain("\n", snippet);
        Assert.True(snippet.Length <= SnippetBuilder.MaxLength + 12);
    }

    [Fact]
    public void The_window_with_the_most_distinct_terms_wins()
    {
        var passage = "Erbil wordt genoemd. " + new string('x', 300) + " Later: Erbil en helmen samen.";

        Assert.Contains("**Erbil** en **helmen** samen", Snippet(passage, "Erbil helmen"));
    }

    [Fact]
    public void Excluded_words_are_not_marked() =>
        Assert.Equal("**Irak** en Syrië", Snippet("Irak en Syrië", "Irak -Syrië"));
}
