using System.Globalization;
using Mandaat.Core.Documents;

namespace Mandaat.Web.Feeds;

/// <summary>The Dutch words of the feeds: a document's kind as a reader names it, a date as the papers print it, a snippet without its marks.</summary>
public static class FeedText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Kind(DocumentKind kind) => kind.Slug switch
    {
        "artikel100" => "Artikel 100-brief",
        "kennisgeving" => "Kennisgevingsbrief",
        "voortgangsrapportage" => "Voortgangsrapportage",
        "vragen-en-antwoorden" => "Vragen en antwoorden",
        "verslag" => "Verslag",
        "evaluatie" => "Evaluatie",
        "brief" => "Brief",
        _ => "Document",
    };

    public static string Date(DateOnly? date) => date is { } d ? d.ToString("d MMMM yyyy", Dutch) : "zonder datum";

    /// <summary>A document's line under its title: kind, dossier and number, date.</summary>
    public static string Line(DocumentKind kind, string? dossier, string? number, DateOnly? date) =>
        $"{Kind(kind)}{(dossier is null ? string.Empty : $", Kamerstuk {dossier}{(number is null ? string.Empty : $" nr. {number}")}")}, {Date(date)}";

    /// <summary>A search snippet as plain text: its ** marks of the matched words taken out.</summary>
    public static string Plain(string snippet) => snippet.Replace("**", string.Empty, StringComparison.Ordinal);

    public static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1).TrimEnd(), "…");
}
