using System.Text.RegularExpressions;
using Mandaat.Core.Facts;
using Mandaat.Core.Text;

namespace Mandaat.Extract.Quantities;

/// <summary>A period found in a text, with where it is printed and the sentence that holds it.</summary>
internal sealed partial record PeriodMention(PeriodFact Fact, TextSpan Span, TextSpan Sentence)
{
    // Words that may stand between a duration and its dates in one phrase: "voor de duur van één jaar, van
    // oktober 2025 …", "na 1 april a.s. te verlengen voor een periode van zes maanden".
    private const int LongestJoint = 40;

    /// <summary>
    /// Joins the pieces of one period that a sentence prints apart: a duration beside its dates ("met nog
    /// eens zes maanden te verlengen tot 1 maart"), and a start beside an end ("Op 1 augustus 2010 eindigt
    /// … de missie …, die begon in augustus 2006"). FORMAT.md counts such a phrase once.
    /// </summary>
    public static IEnumerable<PeriodMention> Merge(IReadOnlyList<PeriodMention> mentions, string text)
    {
        PeriodMention? pending = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (pending is not null && pending.Sentence == mention.Sentence && !NearerToNext(pending, mention, i + 1 < mentions.Count ? mentions[i + 1] : null)
                && Join(pending, mention, text) is { } joined)
            {
                pending = joined;
                continue;
            }

            if (pending is not null)
            {
                yield return pending;
            }

            pending = mention;
        }

        if (pending is not null)
        {
            yield return pending;
        }
    }

    // "die op 31 augustus 2007 zou aflopen, met nog eens zes maanden te verlengen tot 1 maart": a duration
    // between two dates belongs to the nearer one.
    private static bool NearerToNext(PeriodMention pending, PeriodMention duration, PeriodMention? next) =>
        next is not null && next.Sentence == duration.Sentence && IsDuration(duration.Fact) && !IsDuration(pending.Fact) && !IsDuration(next.Fact)
        && next.Span.Start - duration.Span.End < duration.Span.Start - pending.Span.End;

    private static PeriodMention? Join(PeriodMention first, PeriodMention second, string text)
    {
        var a = first.Fact;
        var b = second.Fact;
        var gap = text.AsSpan(first.Span.End, Math.Max(0, second.Span.Start - first.Span.End));
        var span = TextSpan.FromBounds(first.Span.Start, second.Span.End);
        if (IsDuration(a) != IsDuration(b))
        {
            if (gap.Length > LongestJoint || Break().IsMatch(gap))
            {
                return null;
            }

            var (duration, dates) = IsDuration(a) ? (a, b) : (b, a);
            return first with { Fact = dates with { Months = duration.Months, Days = duration.Days }, Span = span };
        }

        // A start and, after it or before it, an end: one period when the start comes first in time.
        if (IsStartOnly(a) && IsEndOnly(b) && a.Start < b.End)
        {
            return first with { Fact = a with { End = b.End }, Span = span };
        }

        if (IsEndOnly(a) && IsStartOnly(b) && b.Start < a.End)
        {
            return first with { Fact = a with { Start = b.Start }, Span = span };
        }

        return null;
    }

    private static bool IsDuration(PeriodFact fact) => fact is { Start: null, End: null };

    private static bool IsStartOnly(PeriodFact fact) => fact is { Start: not null, End: null, Months: null, Days: null };

    private static bool IsEndOnly(PeriodFact fact) => fact is { Start: null, End: not null, Months: null, Days: null };

    // A joint that closes a clause ("; ", " en ") separates two periods rather than joining one.
    [GeneratedRegex(@"[;:]|\ben\b|\bmaar\b", RegexOptions.CultureInvariant)]
    private static partial Regex Break();
}
