using System.Globalization;
using System.Text.RegularExpressions;
using Mandaat.Core.Documents;
using Mandaat.Register.Missions;
using Mandaat.Register.Text;
using Mandaat.Segment.Aspects;
using Mandaat.Store;

namespace Mandaat.Register.Toetsingskader;

/// <summary>
/// The Toetsingskader checklist of one letter: every aspect of the framework is present (a heading
/// names it, or, shown as announced, a sentence announces it: "In deze brief wordt ingegaan op …"), not
/// applicable (with the reason), or missing. Not applicable, in this order: the letter
/// says the framework does not apply (individual trainers or advisers); the document is no artikel
/// 100-brief; the aspect is asked only of later letters or of new missions; the letter refers the
/// aspect to an earlier letter ("gelden onverkort").
/// </summary>
public static partial class ToetsingskaderCheck
{
    public static async Task<CheckResult?> CheckAsync(IDocumentStore store, string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id.Trim(), cancellationToken) is { } document ? Check(document) : null;

    public static CheckResult Check(DocumentDetail document)
    {
        var aspects = AspectCatalog.Default.Aspects;
        var referenced = ReferencedAspects.Find(document, aspects);
        var announced = AnnouncedAspects.Find(document, aspects);
        var outside = OutsideFramework().Match(document.Text);
        var checks = aspects.Select(aspect =>
        {
            var heading = document.Sections.OrderBy(s => s.Index).FirstOrDefault(s => s.Aspect == aspect.Key)?.Heading;
            if (heading is not null)
            {
                return new AspectCheck(aspect.Key, aspect.Title, AspectStatus.Present, heading, null);
            }

            if (announced.TryGetValue(aspect.Key, out var announcement))
            {
                return new AspectCheck(aspect.Key, aspect.Title, AspectStatus.Present, null, null) { Announced = announcement };
            }

            var reason = outside.Success ? $"the letter places this contribution outside the framework: “{DocumentText.Sentence(document, outside.Index, outside.Index + outside.Length)}”"
                : document.Summary.Kind != DocumentKind.Artikel100 ? $"the Toetsingskader applies to artikel 100-brieven; this document is a {document.Summary.Kind}"
                : Later(aspect, document) ?? (referenced.TryGetValue(aspect.Key, out var quote) ? $"addressed by reference to an earlier letter: “{quote}”" : null);
            return new AspectCheck(aspect.Key, aspect.Title, reason is null ? AspectStatus.Missing : AspectStatus.NotApplicable, null, reason);
        }).ToList();
        return new CheckResult(document.Summary.Id, document.Summary.Kind, document.Summary.Date, checks);
    }

    // An aspect the framework added later is not asked of earlier letters, nor (when so marked) of extensions.
    private static string? Later(FrameworkAspect aspect, DocumentDetail document)
    {
        if (aspect.Since is not { } since)
        {
            return null;
        }

        var sinceText = since.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));
        if (document.Summary.Date is { } date)
        {
            if (date < since)
            {
                return $"asked of letters since {sinceText}; this letter is dated {date:yyyy-MM-dd}";
            }
        }
        else if (DocumentText.LastYear(document.Text) is { } year && year < since.Year)
        {
            // Letters name the current year; an undated one that names no year as late as the rule's was written before it.
            return $"asked of letters since {sinceText}; this letter is undated and names no year after {year}";
        }

        return aspect.NewMissionsOnly && LetterRoles.IsExtension(document)
            ? $"asked of letters on a new mission since {sinceText}; this letter extends a running one"
            : null;
    }

    [GeneratedRegex(@"\bToetsingskader\s+(?:\w+\s+){0,3}?niet\s+van\s+toepassing\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutsideFramework();
}
