using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Normalize;

namespace Mandaat.Segment.Tests;

/// <summary>The other layouts of question lists, written the way such lists are printed.</summary>
public sealed class QuestionListTests
{
    private static readonly DocumentIdentity List = new() { Kind = DocumentKind.VragenEnAntwoorden };

    [Fact]
    public void Vraag_and_Antwoord_labels_are_read()
    {
        var questions = Segment("""
            Vraag 1
            Hoeveel militairen worden ingezet?

            Antwoord
            Maximaal 150 militairen.

            Vraag 2
            Wanneer eindigt de missie?

            Antwoord
            Zie het antwoord op vraag 1.
            """);

        Assert.Equal([1, 2], questions.Select(q => q.Number));
        Assert.Equal("Hoeveel militairen worden ingezet?", questions[0].Question);
        Assert.Equal("Maximaal 150 militairen.", questions[0].Answer);
        Assert.Equal([1], questions[1].RefersTo);
    }

    [Fact]
    public void Inline_labels_are_read()
    {
        var questions = Segment("""
            Vraag 1: Hoeveel militairen worden ingezet?

            Antwoord 1: Maximaal 150 militairen.

            Vraag 2: Wat kost de missie?

            Antwoord 2: Circa 30 miljoen euro; verwijzen wij naar het antwoord op vraag 1.
            """);

        Assert.Equal("Hoeveel militairen worden ingezet?", questions[0].Question);
        Assert.Equal("Maximaal 150 militairen.", questions[0].Answer[questions[0].Answer.IndexOf('M', StringComparison.Ordinal)..]);
        Assert.Equal([1], questions[1].RefersTo);
    }

    [Fact]
    public void Combined_answer_is_given_to_both_questions()
    {
        var questions = Segment("""
            Vraag 20
            Waarom wil IS westerse doelen aanvallen?

            Vraag 21
            Hoe legitimeert het die aanvallen?

            Antwoord op vragen 20 en 21
            Het kabinet ziet de aanvallen als onderdeel van de ideologie.
            """, first: 20);

        Assert.Equal(2, questions.Count);
        Assert.Equal(questions[0].AnswerSpan, questions[1].AnswerSpan);
        Assert.Contains("onderdeel van de ideologie", questions[0].Answer, StringComparison.Ordinal);
        Assert.Empty(questions[0].RefersTo);
        Assert.Empty(questions[1].RefersTo);
    }

    [Fact]
    public void Numbered_questions_with_the_question_in_the_same_paragraph_are_read()
    {
        var questions = Segment("""
            1. Hoeveel militairen worden ingezet?

            Maximaal 150.

            2. Hoe lang duurt de inzet?

            Zie antwoord op vragen 1 en 3.

            3. Wat kost de inzet?

            Circa 30 miljoen euro.
            """);

        Assert.Equal([1, 2, 3], questions.Select(q => q.Number));
        Assert.Equal("Hoeveel militairen worden ingezet?", questions[0].Question);
        Assert.Equal([1, 3], questions[1].RefersTo);
    }

    [Fact]
    public void Reference_ranges_are_expanded()
    {
        var questions = Segment("""
            1
            Vraag een?
            Ja.

            2
            Vraag twee?
            Ja.

            3
            Vraag drie?
            Ja.

            4
            Vraag vier?
            Zie de antwoorden op vragen 1 t/m 3.
            """);

        Assert.Equal([1, 2, 3], questions[3].RefersTo);
    }

    [Fact]
    public void A_letter_without_question_list_has_no_questions()
    {
        var questions = Segment("""
            Mandaat

            De rechtsgrond is het verzoek van de regering van 25 juni 2014.

            1

            De bijdrage bestaat uit zes F-16's.
            """);

        Assert.Empty(questions);
    }

    private static List<QuestionAnswer> Segment(string text, int first = 1)
    {
        var normalized = new KamerstukNormalizer().Normalize(SourceText.SinglePage(text, "txt"));
        var questions = new HeadingSegmenter().Segment(normalized, List).Questions.ToList();
        Assert.True(first == 1 || questions.Count == 0 || questions[0].Number == first);
        return questions;
    }
}
