using Mandaat.Core.Documents;
using Mandaat.Register.Toetsingskader;
using Mandaat.Store;

namespace Mandaat.Register.Tests;

/// <summary>
/// Aspects a letter announces in running text count as present, shown as announced (with the sentence), not as
/// addressed under a heading; the sentences are those of real letters (Kamerstuk 27 925, nr. 946; 29 521, nr. BA).
/// </summary>
public sealed class AnnouncedAspectsTests
{
    [Fact]
    public void Aspects_announced_in_prose_are_present_and_shown_as_announced()
    {
        var check = ToetsingskaderCheck.Check(Letter(
            "In deze brief wordt tevens ingegaan op relevante actuele politieke ontwikkelingen, de veiligheidssituatie, gronden voor deelname, de rechtsbases en de militaire aspecten."));

        string[] announced = ["gronden", "veiligheidssituatie", "mandaat", "militaire-aspecten"];
        Assert.All(announced, key =>
        {
            var aspect = check.Aspects.Single(a => a.Aspect == key);
            Assert.Equal((AspectStatus.Present, null), (aspect.Status, aspect.Heading));
            Assert.StartsWith("In deze brief wordt tevens ingegaan op", aspect.Announced, StringComparison.Ordinal);
        });
        Assert.Equal(AspectStatus.Missing, check.Aspects.Single(a => a.Aspect == "financien").Status);
    }

    [Fact]
    public void A_contextanalyse_announced_to_follow_is_the_political_aspect()
    {
        var check = ToetsingskaderCheck.Check(Letter(
            "Met inachtneming van het toetsingskader volgt hieronder een contextanalyse, waarna wordt ingegaan op de gronden voor deelname."));

        Assert.NotNull(check.Aspects.Single(a => a.Aspect == "politieke-aspecten").Announced);
        Assert.NotNull(check.Aspects.Single(a => a.Aspect == "gronden").Announced);
    }

    [Fact]
    public void A_heading_wins_over_an_announcement_and_a_mere_mention_announces_nothing()
    {
        const string Text = "In deze brief wordt ingegaan op de gronden voor deelname.\n\nGronden voor deelname\n\nDe financiën zijn op orde.";
        var heading = new Section(0, null, 1, "Gronden voor deelname", "gronden", new(Text.IndexOf("Gronden", StringComparison.Ordinal), 21), new(Text.Length - 26, 26));
        var check = ToetsingskaderCheck.Check(Letter(Text, heading));

        var gronden = check.Aspects.Single(a => a.Aspect == "gronden");
        Assert.Equal(("Gronden voor deelname", null), (gronden.Heading, gronden.Announced));
        Assert.Equal(AspectStatus.Missing, check.Aspects.Single(a => a.Aspect == "financien").Status);
    }

    private static DocumentDetail Letter(string text, params Section[] sections) =>
        new(
            new DocumentSummary("kst-29521-999", "letter.txt", DocumentKind.Artikel100, "29521", "999", null, new DateOnly(2023, 6, 1), "Bijdrage"),
            "txt",
            null,
            text,
            [new StoredParagraph(0, 0, text.Length, null)],
            sections,
            [],
            [],
            []);
}
