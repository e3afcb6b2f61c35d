using System.Globalization;
using System.Text.Encodings.Web;

namespace Mandaat.Web.Pages;

/// <summary>Every piece of text goes through here into the HTML: stored documents are untrusted input.</summary>
public static class Html
{
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Dutch) ?? "ongedateerd";

    public static string Number(double value) => value.ToString("N0", Dutch);

    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A search snippet with its **bold** matches as &lt;mark&gt;, encoded first so only our tags are tags.</summary>
    public static string Snippet(string snippet)
    {
        var parts = snippet.Split("**");
        return string.Concat(parts.Select((p, i) => i % 2 == 1 ? $"<mark>{E(p)}</mark>" : E(p)));
    }
}
