using System.Text;
using Mandaat.Search.Analysis;

namespace Mandaat.Search.Snippets;

/// <summary>
/// Cuts a snippet from the original passage text (never from the stemmed index text): the window of
/// at most <see cref="MaxLength"/> characters holding the most distinct query terms, with each matched
/// word wrapped in <see cref="Mark"/> ("**KDC-10**"), white space collapsed and "…" where text was cut.
/// </summary>
public sealed class SnippetBuilder(ITextAnalyzer analyzer)
{
    public const int MaxLength = 240;

    /// <summary>The highlight marker of CLI.md's snippets: Markdown bold, readable in a terminal and in JSON.</summary>
    public const string Mark = "**";

    /// <summary>Text kept before the first match so the snippet starts with some context.</summary>
    private const int Lead = 60;

    public string Build(string passage, HighlightTerms terms)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(terms);
        var tokens = analyzer.Analyze(passage);
        var matched = tokens.Where(terms.Matches).ToList();
        if (matched.Count == 0)
        {
            return Render(passage, 0, WindowEnd(passage, tokens, 0), []);
        }

        var first = BestWindowStart(matched);
        var start = WindowStart(passage, tokens, matched[first].Start);
        var end = WindowEnd(passage, tokens, start);
        return Render(passage, start, end, matched.Where(t => t.Start >= start && t.End <= end).ToList());
    }

    /// <summary>The index of the match that starts the window with the most distinct terms (then the most matches).</summary>
    private static int BestWindowStart(List<AnalyzedToken> matched)
    {
        var best = 0;
        var bestScore = (-1, -1);
        for (var i = 0; i < matched.Count; i++)
        {
            var inside = matched.Skip(i).TakeWhile(t => t.End - matched[i].Start <= MaxLength - Lead).ToList();
            var score = (inside.Select(t => t.Term).Distinct(StringComparer.Ordinal).Count(), inside.Count);
            if (score.CompareTo(bestScore) > 0)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    /// <summary>Backs up from the first match to a word start, at most <see cref="Lead"/> characters, or to the passage start.</summary>
    private static int WindowStart(string passage, IReadOnlyList<AnalyzedToken> tokens, int firstMatch)
    {
        if (firstMatch <= Lead)
        {
            return 0;
        }

        var candidates = tokens.Where(t => t.Start >= firstMatch - Lead && t.Start <= firstMatch).Take(1).ToList();
        return candidates.Count > 0 ? candidates[0].Start : firstMatch;
    }

    /// <summary>The end of the last word that fits in the window, or the passage end when all of it fits.</summary>
    private static int WindowEnd(string passage, IReadOnlyList<AnalyzedToken> tokens, int start)
    {
        if (passage.Length - start <= MaxLength)
        {
            return passage.Length;
        }

        var fitting = tokens.Where(t => t.Start >= start && t.End - start <= MaxLength).ToList();
        if (fitting.Count == 0)
        {
            return start + MaxLength;
        }

        var last = fitting[^1];
        return Math.Min(passage.Length, last.End + (last.End < passage.Length && char.IsPunctuation(passage[last.End]) ? 1 : 0));
    }

    private static string Render(string passage, int start, int end, List<AnalyzedToken> marks)
    {
        var builder = new StringBuilder();
        if (start > 0)
        {
            builder.Append('…');
        }

        var position = start;
        foreach (var mark in marks)
        {
            AppendCollapsed(builder, passage, position, mark.Start);
            builder.Append(Mark).Append(passage, mark.Start, mark.Length).Append(Mark);
            position = mark.End;
        }

        AppendCollapsed(builder, passage, position, end);
        var snippet = builder.ToString().Trim();
        return end < passage.Length ? snippet + " …" : snippet;
    }

    private static void AppendCollapsed(StringBuilder builder, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
    }
}
