using System.Text.RegularExpressions;
using Mandaat.Register.Text;
using Mandaat.Store;

namespace Mandaat.Register.Citations;

/// <summary>
/// Reads the dates that go with Kamerstuk citations. Two printed forms carry one: a date list just
/// before the citation ("van 24 september 2014, 19 juni 2015 en 9 september 2016 (Kamerstuk 27 925,
/// nrs. 506, 539 en 597)", paired in order when the counts agree) and "d.d." after a number ("nr. 755
/// d.d. 20 november 2020"). A citation without either gives nothing: dates are never guessed.
/// </summary>
public static partial class CitedDateReader
{
    private const int LookBehind = 240;

    public static IEnumerable<CitedDate> Read(string documentId, string text) => Placed(documentId, text).Select(p => p.Date);

    /// <summary>The dates a stored document cites, each with the sentence it stands in and that sentence's page.</summary>
    public static IEnumerable<CitedDate> Read(DocumentDetail document) =>
        Placed(document.Summary.Id, document.Text).Select(p => p.Date with
        {
            Sentence = DocumentText.Sentence(document, p.Start, p.End),
            Page = DocumentText.Page(document, p.Start),
        });

    // Each date with the span of its quote in the text.
    private static IEnumerable<(CitedDate Date, int Start, int End)> Placed(string documentId, string text)
    {
        foreach (Match citation in Citation().Matches(text))
        {
            var dossier = Dossier(citation.Groups["dossier"].Value);
            var items = Items(citation.Groups["list"].Value);
            var before = DatesBefore(text, citation.Index);
            var quoteStart = before.Count > 0 ? before[0].Offset : citation.Index;
            var quote = Collapse(text[quoteStart..(citation.Index + citation.Length)]);
            var inline = items.Any(i => i.Date is not null);
            for (var i = 0; i < items.Count; i++)
            {
                var date = items[i].Date
                    ?? (!inline && before.Count == items.Count ? before[i].Date
                    : items.Count == 1 && before.Count > 0 ? before[^1].Date
                    : null);
                if (date is { } known)
                {
                    yield return (new CitedDate(documentId, dossier, items[i].Number, known, quote), quoteStart, citation.Index + citation.Length);
                }
            }
        }
    }

    private static List<(string Number, DateOnly? Date)> Items(string list)
    {
        var items = new List<(string Number, DateOnly? Date)>();
        foreach (Match token in ListToken().Matches(list))
        {
            if (token.Groups["date"].Success)
            {
                if (items.Count > 0 && items[^1].Date is null)
                {
                    items[^1] = (items[^1].Number, PaperDate.Parse(token.Groups["date"].Value));
                }
            }
            else
            {
                items.Add((token.Groups["number"].Value, null));
            }
        }

        return items;
    }

    // The dates printed right before a citation, in order, with where each starts.
    private static List<(DateOnly Date, int Offset)> DatesBefore(string text, int citationStart)
    {
        var start = Math.Max(0, citationStart - LookBehind);
        var prefix = text[start..citationStart];
        var tail = TrailingDates().Match(prefix);
        var dates = new List<(DateOnly, int)>();
        if (!tail.Success)
        {
            return dates;
        }

        foreach (Match date in OneDate().Matches(tail.Value))
        {
            if (PaperDate.Parse(date.Value) is { } parsed)
            {
                dates.Add((parsed, start + tail.Index + date.Index));
            }
        }

        return dates;
    }

    // "27 925" and "27925" are the same dossier; a printed suffix stays ("35570-X").
    private static string Dossier(string printed) => string.Concat(printed.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private const string Months = "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)";

    [GeneratedRegex(
        @"(?:Tweede\s+|Eerste\s+)?Kamerstuk(?:ken)?(?:\s+I{1,2})?(?:\s+\d{4}[/–-]\d{2,4})?,?\s+(?<dossier>\d{2}\s*\d{3}(?:-[A-Z]{1,4})?)\s*,\s*(?<list>nrs?\.\s*\d+(?:(?:\s*,?\s*d\.d\.\s*" + PaperDate.Pattern + @")|(?:\s*,\s*|\s+en\s+)(?:nrs?\.\s*)?\d+(?![\d\s]*" + Months + @"))*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Citation();

    [GeneratedRegex(@"d\.d\.\s*(?<date>" + PaperDate.Pattern + @")|(?<number>\b\d{1,5}\b)(?!\s*" + Months + @")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListToken();

    [GeneratedRegex(
        @"(?:" + PaperDate.Pattern + @")(?:\s*,\s*(?:" + PaperDate.Pattern + @")|\s+en\s+(?:" + PaperDate.Pattern + @"))*\s*,?\s*\(?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDates();

    [GeneratedRegex(PaperDate.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneDate();
}
