using Mandaat.Core.Text;

namespace Mandaat.Core.Tests;

/// <summary>
/// Where the one sentence splitter cuts the genre's text: each row names the sentence around a phrase and
/// says why it ends there, or why it runs on past a full stop.
/// </summary>
public sealed class SentencesTests
{
    [Theory]
    [InlineData("Eerste zin. Tweede zin! Derde zin?", "Tweede", "Tweede zin!", "a full stop, exclamation or question mark before a capital")]
    [InlineData("Zie Kamerstuk 27 925, nr. 506 en verder. Daarna.", "506", "Zie Kamerstuk 27 925, nr. 506 en verder.", "an abbreviation before a number")]
    [InlineData("Zie (Kamerstuk 27 925, nr. 597). Nederland draagt bij.", "Zie", "Zie (Kamerstuk 27 925, nr. 597).", "a closing bracket before the full stop")]
    [InlineData("Het is “zo gezegd.” Daarna volgt meer.", "gezegd", "Het is “zo gezegd.", "a closing quote after the full stop")]
    [InlineData("Dit geldt o.a. voor Irak. Daarna.", "Irak", "Dit geldt o.a. voor Irak.", "a dotted abbreviation")]
    [InlineData("Zoals bijv. de inzet in Mali. Daarna.", "Mali", "Zoals bijv. de inzet in Mali.", "a listed abbreviation before a lower-case word")]
    [InlineData("Het gaat om ca. 250 militairen. Daarna.", "250", "Het gaat om ca. 250 militairen.", "an abbreviation before a digit")]
    [InlineData("De brief van Nr. 5 volgt. Daarna.", "volgt", "De brief van Nr. 5 volgt.", "an abbreviation with its first letter in capitals")]
    [InlineData("Antwoorden van Dr. U. Rosenthal, minister. Daarna.", "minister", "Antwoorden van Dr. U. Rosenthal, minister.", "a title and an initial before a name")]
    [InlineData("De Minister van Defensie, J.A. Hennis-Plasschaert", "Hennis", "De Minister van Defensie, J.A. Hennis-Plasschaert", "initials")]
    [InlineData("De Minister van Buitenlandse Zaken, F.C.G.M. Timmermans", "Timmermans", "De Minister van Buitenlandse Zaken, F.C.G.M. Timmermans", "initials longer than any abbreviation")]
    [InlineData("Dit is een onderwerp in de VS. Het is niet ondenkbaar.", "onderwerp", "Dit is een onderwerp in de VS.", "capitals are an acronym, not the abbreviation vs.")]
    [InlineData("Het dreigingsniveau staat op 3 van de 5. Een aanslag is voorstelbaar.", "dreigingsniveau", "Het dreigingsniveau staat op 3 van de 5.", "a number at the end of a sentence")]
    [InlineData("2. Anti-ISIS-coalitie in Irak", "Irak", "2. Anti-ISIS-coalitie in Irak", "a paragraph's numbering")]
    [InlineData("Het woord is aan u. U moet eerst uw tekst halen.", "woord", "Het woord is aan u.", "u, the one one-letter word, closes a sentence")]
    [InlineData("Twee punten: a. De inzet en b. De duur. Daarna.", "punten", "Twee punten: a. De inzet en b. De duur.", "a lower-case letter numbers a list inside a paragraph")]
    [InlineData("Wij spraken op 19 september jl. De samenwerking is goed.", "spraken", "Wij spraken op 19 september jl.", "jl. closes its phrase, and before a capital its sentence")]
    [InlineData("Het overleg op 21 mei jl. 1. Inleiding", "overleg", "Het overleg op 21 mei jl.", "jl. before a digit")]
    [InlineData("Het overleg van 9 september jl. is verslagen. Daarna.", "verslagen", "Het overleg van 9 september jl. is verslagen.", "jl. before a lower-case word")]
    [InlineData("Zie de brief van 9 september jl. (Kamerstuk 27 925). Daarna.", "brief", "Zie de brief van 9 september jl. (Kamerstuk 27 925).", "jl. before a bracket")]
    [InlineData("Analyses van de diensten, etc. Ook CENTCOM analyseert.", "diensten", "Analyses van de diensten, etc.", "etc. closes its phrase")]
    public void Cuts_the_sentence_around_a_phrase(string text, string phrase, string sentence, string why)
    {
        Assert.True(SentenceAt(text, phrase) == sentence, $"{why}: «{SentenceAt(text, phrase)}»");
    }

    [Fact]
    public void Stays_inside_its_paragraph_and_leaves_out_the_white_space_around_it()
    {
        const string text = "Kop zonder punt\n\n  Een zin zonder einde  \n\nVolgende alinea.";
        var paragraph = TextSpan.FromBounds(text.IndexOf("  Een", StringComparison.Ordinal), text.IndexOf("\n\nVolgende", StringComparison.Ordinal));

        var sentence = Sentences.Around(text, paragraph, new TextSpan(text.IndexOf("zonder einde", StringComparison.Ordinal), 0));

        Assert.Equal("Een zin zonder einde", sentence.Slice(text));
    }

    [Fact]
    public void Gives_the_run_of_sentences_a_span_covers()
    {
        const string text = "Eerste zin. Tweede zin. Derde zin. Vierde zin.";
        var from = text.IndexOf("zin. Tweede", StringComparison.Ordinal);
        var to = text.IndexOf("Derde", StringComparison.Ordinal) + 3;

        var sentences = Sentences.Around(text, new TextSpan(0, text.Length), TextSpan.FromBounds(from, to));

        Assert.Equal("Eerste zin. Tweede zin. Derde zin.", sentences.Slice(text));
    }

    [Fact]
    public void Finds_the_paragraph_of_a_normalised_text_itself()
    {
        const string text = "Eerste alinea. Nog een zin.\n\nTweede alinea. Met twee zinnen.";
        var paragraphs = new[] { new TextSpan(0, 27), new TextSpan(29, 31) };
        var normalized = new NormalizedText(text, paragraphs, OffsetMap.Identity(), SourceText.SinglePage(text, "txt"));

        Assert.Equal("Tweede alinea.", Sentences.Around(normalized, 30).Slice(text));
        Assert.Equal("Nog een zin.", Sentences.Around(normalized, 20).Slice(text));
    }

    private static string SentenceAt(string text, string phrase) =>
        Sentences.Around(text, new TextSpan(0, text.Length), new TextSpan(text.IndexOf(phrase, StringComparison.Ordinal), 0)).Slice(text);
}
