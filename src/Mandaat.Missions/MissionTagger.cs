using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Core.Text;

namespace Mandaat.Missions;

/// <summary>
/// Tags each fact with the mission its passage is about, nearest first: the missions its own sentence names (a
/// figure between brackets after one of them, that one alone);
/// else, in its paragraph, those of the sentence naming one last before it (or first after it); else its
/// section's heading's missions, then those of the sentence its section names one in last before it; else the one mission the document is mostly
/// about (named most, at least twice). A letter on several missions thus splits its facts between them: the
/// personnel of a paragraph on NATO Mission Iraq is not also counted for the anti-ISIS coalition the letter
/// names elsewhere.
/// </summary>
public sealed class MissionTagger(MissionCatalog catalog)
{
    private const int DocumentMentionsNeeded = 2;

    // How far before its opening bracket a mission's name may start to be what the bracket qualifies: the longest
    // names ("Multinational Force and Observers") with an article.
    private const int BracketReach = 60;

    public IReadOnlyList<Fact> Tag(NormalizedText text, IReadOnlyList<Fact> facts) => Tag(text, facts, null, []);

    /// <summary>
    /// As <see cref="Tag(NormalizedText, IReadOnlyList{Fact})"/>, a name several missions share read as the one of
    /// the document's date, and the document's sections consulted when a paragraph names no mission.
    /// </summary>
    public IReadOnlyList<Fact> Tag(NormalizedText text, IReadOnlyList<Fact> facts, DateOnly? date, IReadOnlyList<Section> sections)
    {
        var mentions = catalog.Mentions(text.Text, date).Select(m => (m.Mission.Id, m.Offset)).ToList();
        var strongest = mentions.GroupBy(m => m.Id).Where(g => g.Count() >= DocumentMentionsNeeded)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Offset)).Select(g => g.Key).Take(1).ToList();
        return facts.Select(fact =>
        {
            IReadOnlyList<string> missions = fact.Citation is { } citation ? Passage(text, citation, sections, mentions) ?? strongest : strongest;
            return missions.Count == 0 ? fact : fact with { Missions = missions };
        }).ToList();
    }

    private static List<string>? Passage(NormalizedText text, Citation citation, IReadOnlyList<Section> sections, List<(string Id, int Offset)> mentions)
    {
        var sentence = Sentences.Around(text, citation.Start);
        if (Within(mentions, sentence.Start, sentence.Start + sentence.Length) is { Count: > 0 } named)
        {
            return named.Count > 1 && Bracketed(text.Text, sentence, citation.Start, mentions) is { } bracketed ? bracketed : named;
        }

        if (citation.Paragraph >= 0 && citation.Paragraph < text.Paragraphs.Count
            && Nearest(text, mentions, text.Paragraphs[citation.Paragraph], citation.Start, orAfter: true) is { } inParagraph)
        {
            return inParagraph;
        }

        for (var section = sections.FirstOrDefault(s => s.Index == citation.Section); section is not null;
             section = sections.FirstOrDefault(s => s.Index == section.ParentIndex))
        {
            if (Within(mentions, section.HeadingSpan.Start, section.HeadingSpan.Start + section.HeadingSpan.Length) is { Count: > 0 } heading)
            {
                return heading;
            }

            if (Nearest(text, mentions, section.BodySpan, citation.Start, orAfter: false) is { } inSection)
            {
                return inSection;
            }
        }

        return null;
    }

    // A figure between brackets is about what the brackets follow, not every mission of its sentence: "EUTM Somalië
    // (maximaal 15 militairen) en aan EUCAP Nestor (maximaal 10 civiele experts)". The brackets' own mission when they
    // name one; else the mission named last before them, when its name ends close enough to be what they qualify.
    private static List<string>? Bracketed(string text, TextSpan sentence, int at, List<(string Id, int Offset)> mentions)
    {
        var open = at > sentence.Start ? text.LastIndexOf('(', at - 1, at - sentence.Start) : -1;
        if (open < 0 || text.IndexOf(')', open, at - open) >= 0)
        {
            return null;
        }

        var close = text.IndexOf(')', at, sentence.End - at);
        if (Within(mentions, open, close < 0 ? sentence.End : close) is { Count: > 0 } inside)
        {
            return inside;
        }

        var before = mentions.Where(m => m.Offset >= sentence.Start && m.Offset < open).ToList();
        return before.Count > 0 && open - before[^1].Offset <= BracketReach ? [before[^1].Id] : null;
    }

    private static List<string> Within(List<(string Id, int Offset)> mentions, int start, int end) =>
        mentions.Where(m => m.Offset >= start && m.Offset < end).Select(m => m.Id).Distinct().ToList();

    // The missions of the sentence that names one last before the offset (or first after it): a sentence naming
    // two ("de ATFME en de Capacity Building Mission Iraq") hands both to the figures that follow it.
    private static List<string>? Nearest(NormalizedText text, List<(string Id, int Offset)> mentions, TextSpan span, int offset, bool orAfter)
    {
        var inside = mentions.Where(m => span.Contains(m.Offset)).ToList();
        var before = inside.Where(m => m.Offset <= offset).Select(m => (int?)m.Offset).LastOrDefault();
        var nearest = before ?? (orAfter ? inside.Where(m => m.Offset > offset).Select(m => (int?)m.Offset).FirstOrDefault() : null);
        if (nearest is not { } at)
        {
            return null;
        }

        var sentence = Sentences.Around(text, at);
        return Within(mentions, sentence.Start, sentence.End);
    }
}
