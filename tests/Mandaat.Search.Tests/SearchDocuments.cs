using Mandaat.Core.Documents;
using Mandaat.Core.Text;
using Mandaat.Store;

namespace Mandaat.Search.Tests;

/// <summary>Small real-shaped documents built in code (sentences from the samples), so search tests do not wait for the pipeline.</summary>
internal static class SearchDocuments
{
    public static ProcessedDocument Make(string id, DocumentKind kind, string? dossier, DateOnly? date, string[] paragraphs, (string Question, string Answer)[]? questions = null)
    {
        var spans = new List<TextSpan>();
        var text = string.Empty;
        foreach (var paragraph in paragraphs)
        {
            if (text.Length > 0)
            {
                text += "\n\n";
            }

            spans.Add(new TextSpan(text.Length, paragraph.Length));
            text += paragraph;
        }

        var qas = new List<QuestionAnswer>();
        foreach (var (question, answer) in questions ?? [])
        {
            var q = text.IndexOf(question, StringComparison.Ordinal);
            var a = text.IndexOf(answer, Math.Max(0, q), StringComparison.Ordinal);
            qas.Add(new QuestionAnswer(qas.Count + 1, question, answer, [], new TextSpan(Math.Max(0, q), question.Length), new TextSpan(Math.Max(0, a), answer.Length)));
        }

        var identity = new DocumentIdentity { Kind = kind, Dossier = dossier, Number = id.Split('-')[^1], Date = date, Subject = "Onderwerp van " + id };
        var normalized = new NormalizedText(text, spans, OffsetMap.Identity(), SourceText.SinglePage(text, "txt"));
        return new ProcessedDocument(id, "hash-" + id, $"{id}.txt", normalized, identity, [], qas, []);
    }

    /// <summary>An artikel 100-brief of 2014 on the air campaign against ISIS.</summary>
    public static ProcessedDocument Letter2014() => Make("kst-27925-506", DocumentKind.Artikel100, "27925", new DateOnly(2014, 9, 24),
    [
        "Met deze brief informeren wij u over het besluit een Nederlandse bijdrage te leveren aan de strijd tegen ISIS.",
        "Nederland levert zes F-16’s en twee reservetoestellen voor operaties boven Irak. De inzet in Syrië is niet aan de orde.",
        "De bijdrage omvat maximaal 250 militairen, onder wie een force protection-eenheid.",
        "De transportcapaciteit wordt geleverd door een KDC-10 tankvliegtuig.",
    ]);

    /// <summary>A progress report of 2017 on training in Erbil.</summary>
    public static ProcessedDocument Report2017() => Make("kst-27925-607", DocumentKind.Voortgangsrapportage, "27925", new DateOnly(2017, 3, 10),
    [
        "Nederlandse militairen trainen Koerdische strijders in Erbil.",
        "Er zijn aanwijzingen voor burgerslachtoffers bij een luchtaanval van de anti-ISIS coalitie.",
        "De Nederlandse helmen en scherfvesten zijn aan de Peshmerga geleverd.",
    ]);

    /// <summary>A list of questions and answers of 2020 with two numbered questions.</summary>
    public static ProcessedDocument Questions2020() => Make("kst-27925-748", DocumentKind.VragenEnAntwoorden, "27925", new DateOnly(2020, 11, 20),
    [
        "Hoeveel militairen zijn in Erbil gestationeerd?",
        "Er zijn ongeveer 20 militairen in Erbil.",
        "Kan de force protection-eenheid buiten Jordanië worden ingezet?",
        "Nee, de eenheid beveiligt alleen het Belgische F-16 detachement.",
    ],
    [
        ("Hoeveel militairen zijn in Erbil gestationeerd?", "Er zijn ongeveer 20 militairen in Erbil."),
        ("Kan de force protection-eenheid buiten Jordanië worden ingezet?", "Nee, de eenheid beveiligt alleen het Belgische F-16 detachement."),
    ]);

    /// <summary>A letter of another dossier, without a date.</summary>
    public static ProcessedDocument UndatedBrief() => Make("kst-29521-1", DocumentKind.Brief, "29521", null,
    [
        "Deze brief gaat over de inzet van militairen in Mali en de helm als beschermingsmiddel.",
    ]);
}
