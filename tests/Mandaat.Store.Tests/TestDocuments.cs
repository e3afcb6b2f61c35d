using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Core.Text;
using Mandaat.Store;

namespace Mandaat.Store.Tests;

/// <summary>Small real-shaped documents built in code, so store tests do not depend on the extractor's output.</summary>
internal static class TestDocuments
{
    /// <summary>The letter's text as first published.</summary>
    public const string FirstText = "Mandaat\n\nDe bijdrage bestaat uit maximaal 150 militairen tot en met 31 december 2023.\n\nFinanciën\n\nDe kosten bedragen 19,5 miljoen euro.";

    /// <summary>A corrected text of the same letter: another cap (the same length, so every span still holds).</summary>
    public const string CorrectedText = "Mandaat\n\nDe bijdrage bestaat uit maximaal 240 militairen tot en met 31 december 2023.\n\nFinanciën\n\nDe kosten bedragen 19,5 miljoen euro.";

    public static ProcessedDocument Letter(string id = "kst-27925-999", string hash = "aaaa", DocumentKind? kind = null, string? dossier = "27925", int sections = 2, string text = FirstText, string format = "txt")
    {
        var source = SourceText.SinglePage(text, format);
        var paragraphs = new List<TextSpan> { new(0, 7), new(9, 76), new(87, 9), new(98, 37) };
        var normalized = new NormalizedText(text, paragraphs, OffsetMap.Identity(), source);
        var identity = new DocumentIdentity
        {
            Kind = kind ?? DocumentKind.Artikel100,
            Dossier = dossier,
            Number = "999",
            Session = "2022-2023",
            Date = new DateOnly(2022, 10, 28),
            Subject = "Verlenging van de bijdrage",
            Signatories = [new Signatory("W.B. Hoekstra", "De Minister van Buitenlandse Zaken", new TextSpan(0, 7))],
        };
        var sectionList = Enumerable.Range(0, sections)
            .Select(i => new Section(i, null, 1, i == 0 ? "Mandaat" : "Financiën", i == 0 ? "mandaat" : "financien", paragraphs[i * 2], paragraphs[(i * 2) + 1]))
            .ToList();
        var facts = new List<Fact>
        {
            new DocumentFact(identity.Kind, dossier, "999", identity.Date, identity.Session, identity.Subject) { Quote = "Mandaat", Citation = new Citation(id, null, null, 0, 0, 7, 1) },
            new PersonnelFact(text == CorrectedText ? 240 : 150, null, "maximaal") { Quote = text[32..55], Citation = new Citation(id, 0, "Mandaat", 1, 32, 55, 1) },
            new PeriodFact(null, new DateOnly(2023, 12, 31), null, null) { Quote = "tot en met 31 december 2023", Citation = new Citation(id, 0, "Mandaat", 1, 56, 84, 1) },
            new MoneyFact(19_500_000m, null) { Quote = "19,5 miljoen euro", Citation = new Citation(id, 1, "Financiën", 3, 117, 134, 1), Missions = ["anti-isis"] },
        };
        var questions = new List<QuestionAnswer> { new(1, "Hoeveel militairen?", "Maximaal 150.", [2], new TextSpan(0, 7), new TextSpan(9, 10)) };
        return new ProcessedDocument(id, hash, $"samples/{id}.txt", normalized, identity, sectionList, questions, facts);
    }
}
