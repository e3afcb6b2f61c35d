using Mandaat.Core.Documents;

namespace Mandaat.Identify.Tests;

/// <summary>The identity of every real sample equals its gold <c>document</c> and <c>signatory</c> lines.</summary>
public sealed class SampleIdentityTests
{
    private readonly HeaderIdentifier _identifier = new();

    public static TheoryData<string> Names() => Samples.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_document_field_matches_the_gold(string name)
    {
        var gold = Samples.Gold(name, "document").Single();

        var identity = _identifier.Identify(Samples.Normalized(name));

        Assert.Equal(
            (Samples.String(gold, "kind"), Samples.String(gold, "dossier"), Samples.String(gold, "number"), Samples.String(gold, "session"), Samples.Date(gold, "date"), Samples.String(gold, "subject")),
            (identity.Kind.Slug, identity.Dossier, identity.Number, identity.Session, identity.Date, identity.Subject));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Signatories_match_the_gold_names(string name)
    {
        var gold = Samples.Gold(name, "signatory").Select(s => Samples.String(s, "name")!).ToList();

        var identity = _identifier.Identify(Samples.Normalized(name));

        Assert.Equal(gold, identity.Signatories.Select(s => s.Name).ToList());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Signatory_offices_match_the_gold_apart_from_the_article(string name)
    {
        var gold = Samples.Gold(name, "signatory").Select(s => Strip(Samples.String(s, "office")!)).ToList();

        var identity = _identifier.Identify(Samples.Normalized(name));

        Assert.Equal(gold, identity.Signatories.Select(s => s.Office).ToList());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Evidence_and_signature_spans_lie_in_the_normalised_text(string name)
    {
        var text = Samples.Normalized(name);

        var identity = _identifier.Identify(text);

        var spans = identity.Signatories.Select(s => s.Span).Append(identity.Evidence ?? default);
        Assert.All(spans, span => Assert.InRange(span.End, span.Start, text.Text.Length));
        foreach (var signatory in identity.Signatories)
        {
            Assert.Contains(signatory.Name, signatory.Span.Slice(text.Text), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_kind_of_an_artikel_100_letter_is_evidenced_by_its_opening_sentence()
    {
        var text = Samples.Normalized(Name("000"));

        var identity = _identifier.Identify(text);

        Assert.Equal(DocumentKind.Artikel100, identity.Kind);
        Assert.StartsWith("Met deze brief informeren wij u, in overeenstemming met artikel 100", identity.Evidence!.Value.Slice(text.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void References_to_other_papers_in_the_body_never_become_the_identity()
    {
        // The sample cites "Tweede Kamerstuk 27 925, nr. 612" and others, but prints no footer of its own.
        var identity = _identifier.Identify(Samples.Normalized(Name("002")));

        Assert.Null(identity.Dossier);
        Assert.Null(identity.Number);
        Assert.Null(identity.KamerstukId);
    }

    private static string Name(string prefix) =>
        Directory.GetFiles(Samples.Folder, prefix + "_*.txt").Select(Path.GetFileNameWithoutExtension).Single()!;

    private static string Strip(string office) =>
        office.StartsWith("De ", StringComparison.Ordinal) ? office[3..] : office;
}
