namespace Mandaat.Missions.Tests;

/// <summary>
/// Mission mentions as a reader counts them: names in any case and with hyphen or space variants, short
/// acronyms only in capitals, never inside a longer word, each at its place in the text.
/// </summary>
public sealed class MissionCatalogTests
{
    private static readonly MissionCatalog Shipped = MissionCatalog.Load();

    private static List<(string Id, int Offset)> Mentions(string text) =>
        [.. Shipped.Mentions(text).Select(m => (m.Mission.Id, m.Offset))];

    [Fact]
    public void Finds_each_name_at_its_place_in_any_case_and_spelling()
    {
        const string text = "De navo missie in Irak, de Anti-ISIS-coalitie en RESOLUTE SUPPORT; daarna eFP en MINUSMA.";

        Assert.Equal(
            [("nmi", 3), ("anti-isis", 27), ("resolute-support", 49), ("efp", 74), ("minusma", 81)],
            Mentions(text));
    }

    [Theory]
    [InlineData("De bijdrage is verlengd.")] // "is" is a word, "IS" the acronym
    [InlineData("Een oir-achtige vorm.")] // acronyms only in capitals
    [InlineData("De AMINUSMA en MINUSMAX bestaan niet.")] // not inside a longer word
    [InlineData("Zonder missie.")]
    public void Finds_nothing_where_no_mission_is_named(string text) => Assert.Empty(Mentions(text));

    [Fact]
    public void Finds_a_name_after_a_word_that_starts_like_it()
    {
        // "Atalantaweg" starts like "Atalanta" but is not it; the mention right after it still counts.
        Assert.Equal([("atalanta", 16)], Mentions("De Atalantaweg, Atalanta."));
    }
}
