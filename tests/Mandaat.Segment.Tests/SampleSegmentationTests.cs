using Mandaat.Core.Documents;
namespace Mandaat.Segment.Tests;

/// <summary>The segmenter against the gold annotations of the samples.</summary>
public sealed class SampleSegmentationTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("004")]
    public void Aspect_headings_are_exactly_the_gold_sections(string prefix)
    {
        var name = Samples.Name(prefix);
        var expected = Samples.Gold(name, "section").Select(g => g.GetProperty("aspect").GetString()).Order(StringComparer.Ordinal).ToList();

        var actual = Samples.Segmented(name).Sections.Where(s => s.Aspect is not null).Select(s => s.Aspect).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    public void Aspect_headings_are_printed_as_in_the_gold(string prefix)
    {
        var name = Samples.Name(prefix);
        var expected = Samples.Gold(name, "section").Select(g => g.GetProperty("heading").GetString()!).Order(StringComparer.Ordinal).ToList();

        var actual = Samples.Segmented(name).Sections.Where(s => s.Aspect is not null).Select(s => s.Heading).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Question_list_gives_69_questions_with_the_gold_references()
    {
        var name = Samples.Name("003");
        var gold = Samples.Gold(name, "qa").ToDictionary(
            g => g.GetProperty("number").GetInt32(),
            g => g.GetProperty("refers_to").EnumerateArray().Select(n => n.GetInt32()).Order().ToList());

        var questions = Samples.Segmented(name).Questions;

        Assert.Equal(69, questions.Count);
        Assert.Equal(Enumerable.Range(1, 69), questions.Select(q => q.Number));
        foreach (var question in questions)
        {
            Assert.True(gold[question.Number].SequenceEqual(question.RefersTo.Order()), $"question {question.Number}: [{string.Join(", ", question.RefersTo)}]");
        }
    }

    [Fact]
    public void Questions_and_answers_are_split_where_the_question_mark_ends_the_question()
    {
        var questions = Samples.Segmented(Samples.Name("003")).Questions;

        var first = questions[0];
        Assert.StartsWith("Hoeveel troepen trekt de Verenigde Staten", first.Question, StringComparison.Ordinal);
        Assert.EndsWith("Welke planning hanteert de VS hiervoor?", first.Question, StringComparison.Ordinal);
        Assert.StartsWith("De VS kondigde onlangs aan", first.Answer, StringComparison.Ordinal);
        Assert.Equal("Zie het antwoord op vraag 13.", questions[13].Answer);
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.Answer), $"question {q.Number} has no answer"));
    }

    [Fact]
    public void Question_list_has_no_aspect_sections()
    {
        var sections = Samples.Segmented(Samples.Name("003")).Sections;

        Assert.DoesNotContain(sections, s => s.Aspect is not null);
    }

    [Fact]
    public void Letterhead_signatures_and_list_items_are_not_headings()
    {
        var headings = Samples.Segmented(Samples.Name("002")).Sections.Select(s => s.Heading).ToList();
        headings.AddRange(Samples.Segmented(Samples.Name("004")).Sections.Select(s => s.Heading));

        Assert.DoesNotContain(headings, h => h.StartsWith("Datum", StringComparison.Ordinal) || h.StartsWith("Betreft", StringComparison.Ordinal));
        Assert.DoesNotContain(headings, h => h.Contains("Minister", StringComparison.Ordinal));
        Assert.DoesNotContain(headings, h => h.StartsWith("i.", StringComparison.Ordinal) || h.StartsWith("ii.", StringComparison.Ordinal));
        Assert.DoesNotContain("DEFENSIE", headings);
        Assert.DoesNotContain(headings, h => h.StartsWith("Den Haag", StringComparison.Ordinal));
    }

    [Fact]
    public void Sub_heading_directly_under_a_heading_is_its_child()
    {
        var sections = Samples.Segmented(Samples.Name("002")).Sections;

        var parent = sections.Single(s => s.Heading == "Politieke aspecten");
        var child = sections.Single(s => s.Heading == "Politieke ontwikkelingen");

        Assert.Equal(parent.Index, child.ParentIndex);
        Assert.Equal(parent.Level + 1, child.Level);
        Assert.Null(child.Aspect);
        Assert.True(parent.BodySpan.Contains(child.HeadingSpan.Start));
    }

    [Fact]
    public void Section_at_an_offset_in_the_body_is_that_section()
    {
        var name = Samples.Name("000");
        var text = Samples.Normalized(name);
        var segmentation = new HeadingSegmenter().Segment(text, new Core.Documents.DocumentIdentity { Kind = DocumentKind.Artikel100 });
        var offset = text.Text.IndexOf("circa 30 miljoen", StringComparison.Ordinal);

        Assert.Equal("financien", segmentation.SectionAt(offset)?.Aspect);
    }
}
