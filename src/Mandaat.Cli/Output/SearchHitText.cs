using Mandaat.Search.Ranking;
using Mandaat.Search.Snippets;
using Spectre.Console;

namespace Mandaat.Cli.Output;

/// <summary>Search hits for people: one block per hit with the snippet's marked words in bold.</summary>
public static class SearchHitText
{
    public static void Write(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            Terminal.Out.MarkupLine("[grey]No hits.[/]");
            return;
        }

        foreach (var (hit, rank) in hits.Select((h, i) => (h, i + 1)))
        {
            var place = hit.Question is { } question ? $"vraag {question}" : $"alinea {hit.Paragraph}";
            Terminal.Out.MarkupLine($"[bold]{rank}. {Markup.Escape(hit.Id)}[/] [grey]{hit.Date?.ToString("yyyy-MM-dd") ?? "–"} · {Markup.Escape(hit.Kind.Slug)} · {place} · score {hit.Score:G3}[/]");
            Terminal.Out.MarkupLine("   " + Markup.Escape(TerminalText.Safe(DocumentTable.Shorten(hit.Title, 100))));
            Terminal.Out.MarkupLine("   " + Bold(TerminalText.Safe(hit.Snippet)));
        }
    }

    /// <summary>Turns the snippet marker (**word**) into bold; the text itself is escaped.</summary>
    private static string Bold(string snippet)
    {
        var pieces = snippet.Split(SnippetBuilder.Mark);
        return string.Concat(pieces.Select((piece, i) => i % 2 == 1 && i < pieces.Length - 1 ? $"[bold yellow]{Markup.Escape(piece)}[/]" : Markup.Escape(piece)));
    }
}
