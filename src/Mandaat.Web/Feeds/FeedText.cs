using Mandaat.Core.Documents;
using Mandaat.Web.Pages.Dutch;

namespace Mandaat.Web.Feeds;

/// <summary>
/// The feeds' lines: a document's kind and date in the pages' own Dutch words (<see cref="Labels"/>, <see cref="Format"/>),
/// so a label changed for the pages changes in the feeds too; a snippet without its marks.
/// </summary>
public static class FeedText
{
    /// <summary>A document's line under its title: kind, dossier and number, date.</summary>
    public static string Line(DocumentKind kind, string? dossier, string? number, DateOnly? date) =>
        $"{Labels.Kind(kind)}{(dossier is null ? string.Empty : $", Kamerstuk {dossier}{(number is null ? string.Empty : $" nr. {number}")}")}, {Format.Date(date)}";

    /// <summary>A search snippet as plain text: its ** marks of the matched words taken out.</summary>
    public static string Plain(string snippet) => snippet.Replace("**", string.Empty, StringComparison.Ordinal);

    public static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1).TrimEnd(), "…");
}
