using Mandaat.Store;
using Spectre.Console;

namespace Mandaat.Cli.Output;

/// <summary>The table of documents people see from list, ingest and quickstart.</summary>
public static class DocumentTable
{
    public static void Write(IReadOnlyCollection<DocumentSummary> documents, IReadOnlyDictionary<string, int>? factCounts = null)
    {
        if (documents.Count == 0)
        {
            Terminal.Out.MarkupLine("[grey]No documents.[/]");
            return;
        }

        var table = new Table().RoundedBorder()
            .AddColumn("id").AddColumn("kind").AddColumn("dossier").AddColumn("nr").AddColumn("session").AddColumn("date").AddColumn("title");
        if (factCounts is not null)
        {
            table.AddColumn(new TableColumn("facts").RightAligned());
        }

        foreach (var d in documents)
        {
            var cells = new List<string>
            {
                d.Id, d.Kind.Slug, d.Dossier ?? "–", d.Number ?? "–", d.Session ?? "–", d.Date?.ToString("yyyy-MM-dd") ?? "–", Shorten(d.Title, 60),
            };
            if (factCounts is not null)
            {
                cells.Add(factCounts.GetValueOrDefault(d.Id).ToString());
            }

            table.AddRow(cells.Select(c => new Text(TerminalText.Safe(c))).ToArray());
        }

        Terminal.Out.Write(table);
    }

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
