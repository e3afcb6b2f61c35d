using Mandaat.Search.QuestionLists;

namespace Mandaat.Search.Tests;

public sealed class CitedLetterFinderTests
{
    [Fact]
    public void The_letter_a_question_list_is_about_is_read_from_its_opening()
    {
        const string text = "LIJST VAN VRAGEN EN ANTWOORDEN\n\nDe vaste commissie heeft een aantal vragen voorgelegd aan de Minister over de brief van 20 november 2020 inzake de verlenging\nvan de bijdrage aan de strijd tegen ISIS (Kamerstuk 27 925, nr. 732).\n\n1\nVraag?";

        var letter = CitedLetterFinder.Find(text);

        Assert.NotNull(letter);
        Assert.Equal(("kst-27925-732", "Kamerstuk 27 925, nr. 732"), (letter.Id, letter.Label));
    }

    [Fact]
    public void Citations_deep_in_the_answers_are_not_taken_for_the_subject()
    {
        var text = "1\nHoeveel troepen?\n" + new string('x', 3000) + " inzake de voortgang (Kamerstuk 27 925, nr. 722)";

        Assert.Null(CitedLetterFinder.Find(text));
    }
}
