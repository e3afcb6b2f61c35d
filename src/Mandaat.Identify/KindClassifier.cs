using System.Text.RegularExpressions;
using Mandaat.Core.Documents;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>
/// Decides the kind of FORMAT.md from what the paper says about itself, in this order:
/// <list type="number">
/// <item>its title or "Betreft" line names the genre ("Lijst van vragen en antwoorden", "Verslag van
/// een schriftelijk overleg", "Voortgangsrapportage …", "Kennisgevingsbrief …", "Eindevaluatie …");</item>
/// <item>it has the shape of numbered questions with answers;</item>
/// <item>its opening paragraphs state the purpose: "in overeenstemming met artikel 100 van de
/// Grondwet", "… wordt onderzocht of …", "… bieden wij u de evaluatie …", "… over de voortgang van …";</item>
/// <item>otherwise it is a <c>brief</c>.</item>
/// </list>
/// Only the title, subject and opening count: every kind of paper mentions artikel 100-brieven,
/// evaluations and progress reports somewhere in its body.
/// </summary>
internal static partial class KindClassifier
{
    /// <summary>How far into the text a short title-like paragraph is looked for.</summary>
    private const int TitleParagraphs = 8;

    /// <summary>A paragraph longer than this is prose, not a title.</summary>
    private const int TitleLength = 200;

    /// <summary>Proceedings name a speaker before each turn; two turns are already a debate.</summary>
    private const int SpeakersOfADebate = 2;

    /// <summary>How many lines at the top are read as the title a site or copy gives the document.</summary>
    private const int TitleLines = 3;

    /// <summary>How far into the body a sentence that speaks of "this letter" is still read for the letter's purpose.</summary>
    private const int SelfReferenceParagraphs = 8;

    public static KindDecision Classify(NormalizedText text, string? title, (string Subject, TextSpan Span)? subject)
    {
        if (title is not null && Genre(title) is { } fromTitle)
        {
            return new KindDecision(fromTitle, FindInText(text, title));
        }

        if (subject is { } s && Genre(s.Subject) is { } fromSubject)
        {
            return new KindDecision(fromSubject, s.Span);
        }

        if (FromTitleLine(text) is { } fromTitleLine)
        {
            return fromTitleLine;
        }

        foreach (var paragraph in text.Paragraphs.Take(TitleParagraphs))
        {
            if (paragraph.Length <= TitleLength && QuestionTitle().IsMatch(paragraph.Slice(text.Text)))
            {
                return new KindDecision(MembersAsked(text) ? DocumentKind.Brief : DocumentKind.VragenEnAntwoorden, paragraph);
            }

            if (paragraph.Length <= TitleLength && ReportTitle().IsMatch(paragraph.Slice(text.Text)))
            {
                return new KindDecision(DocumentKind.Verslag, paragraph);
            }
        }

        if (FromReportOpening(text) is { } report)
        {
            return report;
        }

        if (SpeakerLine().Matches(text.Source.Text).Take(SpeakersOfADebate).Count() == SpeakersOfADebate
            || DebateOpened().IsMatch(text.Source.Text.AsSpan(0, Math.Min(text.Source.Text.Length, HeadReach))))
        {
            return new KindDecision(DocumentKind.Verslag, text.Paragraphs.Count > 0 ? text.Paragraphs[0] : null);
        }

        if (MembersAsked(text))
        {
            return FromOpening(text) with { Kind = DocumentKind.Brief };
        }

        if (QuestionListShape.Matches(text.Source.Text))
        {
            return new KindDecision(DocumentKind.VragenEnAntwoorden, FirstQuestion(text));
        }

        return FromOpening(text);
    }

    /// <summary>
    /// How far into the source a paper's head reaches where a copy flattened it: the chair's "Aan de orde is het
    /// debat over …" of proceedings, the "vragen van het lid …" of Kamervragen.
    /// </summary>
    private const int HeadReach = 3000;

    /// <summary>The genre wordings of titles and subjects, in the order they decide.</summary>
    private static readonly (Regex Title, DocumentKind Kind)[] Genres =
    [
        (QuestionTitle(), DocumentKind.VragenEnAntwoorden),
        (ReportTitle(), DocumentKind.Verslag),
        (DebateTitle(), DocumentKind.Verslag),
        (KennisgevingTitle(), DocumentKind.Kennisgeving),
        (Artikel100Title(), DocumentKind.Artikel100),
        (EvaluatieTitle(), DocumentKind.Evaluatie),
        (ProgressTitle(), DocumentKind.Voortgangsrapportage),
    ];

    /// <summary>The kind a title or subject names, or null when it names none.</summary>
    private static DocumentKind? Genre(string heading) =>
        Genres.Where(g => g.Title.IsMatch(heading)).Select(g => Answered(g.Kind, heading)).FirstOrDefault();

    private static bool MembersAsked(NormalizedText text) =>
        MembersQuestions().IsMatch(text.Source.Text.AsSpan(0, Math.Min(text.Source.Text.Length, HeadReach)));

    /// <summary>Answers to a member's Kamervragen are a letter, though their title speaks of questions and answers.</summary>
    private static DocumentKind Answered(DocumentKind kind, string heading) =>
        kind == DocumentKind.VragenEnAntwoorden && MembersQuestions().IsMatch(heading) ? DocumentKind.Brief : kind;

    /// <summary>The kind a line names with its first words; a line that mentions a genre further on is prose, not a title.</summary>
    private static DocumentKind? GenreFirst(string part) =>
        Genres.Where(g => g.Title.Match(part.TrimStart()) is { Success: true, Index: 0 }).Select(g => Answered(g.Kind, part)).FirstOrDefault();

    /// <summary>
    /// The title a website or copy prints above the text, on one of its first lines: "Eindevaluatie inzet …",
    /// "Stand van zaken operatie …", "Kamervragen (+ antwoorden kabinet) over …", or a site's composed title
    /// "Nederlandse deelname aan vredesmissies; Brief regering; Artikel 100 brief inzake …", whose parts are read
    /// one by one. Only genre words at the start of a line or part count: a title says what it is first.
    /// </summary>
    private static KindDecision? FromTitleLine(NormalizedText text)
    {
        var lines = text.Source.Text.AsSpan(0, Math.Min(text.Source.Text.Length, TitleLength * 8)).ToString()
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Any(char.IsLetter))
            .Take(TitleLines);
        foreach (var line in lines.Where(l => l.Length <= TitleLength))
        {
            foreach (var part in TitleParts().Split(line).Prepend(line))
            {
                if (GenreFirst(part) is { } kind)
                {
                    return new KindDecision(kind, FindInText(text, line));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A committee's report or question list says what it is in its first sentence, when a copy lost its title:
    /// "De vaste commissie … hebben op 9 februari 2010 overleg gevoerd met …", "… heeft een aantal vragen
    /// voorgelegd aan …"; proceedings open with "Aan de orde is het debat over …".
    /// </summary>
    private static KindDecision? FromReportOpening(NormalizedText text)
    {
        foreach (var paragraph in OpeningParagraphs.Find(text).Take(1))
        {
            var body = paragraph.Slice(text.Text);
            if (QuestionsPut().IsMatch(body))
            {
                return new KindDecision(DocumentKind.VragenEnAntwoorden, paragraph);
            }

            if (MeetingHeld().IsMatch(body))
            {
                return new KindDecision(DocumentKind.Verslag, paragraph);
            }
        }

        return null;
    }

    private static KindDecision FromOpening(NormalizedText text)
    {
        // The purposes are tried in this order over all opening paragraphs: a letter that decides on a
        // deployment under artikel 100 may also report progress, but is an artikel 100-brief.
        (Regex Rule, DocumentKind Kind)[] purposes =
        [
            (Artikel100Purpose(), DocumentKind.Artikel100),
            (KennisgevingPurpose(), DocumentKind.Kennisgeving),
            (EvaluatiePurpose(), DocumentKind.Evaluatie),
            (ProgressPurpose(), DocumentKind.Voortgangsrapportage),
        ];
        // The first of these paragraphs are the opening; the rest count only where they speak of this letter.
        var paragraphs = OpeningParagraphs.Find(text, SelfReferenceParagraphs);
        foreach (var (rule, kind) in purposes)
        {
            for (var i = 0; i < paragraphs.Count; i++)
            {
                var paragraph = paragraphs[i];
                foreach (Match match in rule.Matches(paragraph.Slice(text.Text)))
                {
                    var sentence = Sentences.Around(text.Text, paragraph, new TextSpan(paragraph.Start + match.Index, 0));
                    if (States(kind, sentence.Slice(text.Text), match.Index - (sentence.Start - paragraph.Start), pastOpening: i >= OpeningParagraphs.Count))
                    {
                        return new KindDecision(kind, sentence);
                    }
                }
            }
        }

        return new KindDecision(
            DocumentKind.Brief,
            paragraphs.Count > 0 ? Sentences.Around(text.Text, paragraphs[0], new TextSpan(paragraphs[0].Start, 0)) : null);
    }

    /// <summary>
    /// Whether a purpose wording in <paramref name="sentence"/> states this letter's own purpose. The artikel 100
    /// formula about a letter still to come ("waarover het parlement conform artikel 100 … wordt geïnformeerd")
    /// does not; a study or progress that parliament "was told of" before is history, not this letter; past the opening only a sentence that speaks of this letter ("Hierbij …", "Met deze brief …") counts.
    /// </summary>
    private static bool States(DocumentKind kind, string sentence, int at, bool pastOpening)
    {
        if (pastOpening && !SelfReference().IsMatch(sentence))
        {
            return false;
        }

        if (kind == DocumentKind.Artikel100)
        {
            var before = sentence.AsSpan(0, Math.Max(0, Math.Min(at, sentence.Length)));
            return !LetterToCome().IsMatch(before);
        }

        return (kind != DocumentKind.Kennisgeving && kind != DocumentKind.Voortgangsrapportage) || !ToldBefore().IsMatch(sentence);
    }

    private static TextSpan? FirstQuestion(NormalizedText text) =>
        text.Paragraphs.Where(p => p.Slice(text.Text).Contains('?', StringComparison.Ordinal)).Select(p => (TextSpan?)p).FirstOrDefault();

    private static TextSpan? FindInText(NormalizedText text, string title)
    {
        var index = text.Text.IndexOf(title, StringComparison.Ordinal);
        return index < 0 ? null : new TextSpan(index, title.Length);
    }
}
