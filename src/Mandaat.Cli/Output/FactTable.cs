using Mandaat.Core.Facts;
using Spectre.Console;

namespace Mandaat.Cli.Output;

/// <summary>Facts as a table: type, value, page and the quote that states it.</summary>
public static class FactTable
{
    public static void Write(IReadOnlyCollection<Fact> facts)
    {
        var table = new Table().RoundedBorder().AddColumn("type").AddColumn("value").AddColumn("p.").AddColumn("quote");
        foreach (var fact in facts)
        {
            table.AddRow(
                new Text(fact.Type.Slug),
                new Text(TerminalText.Safe(FactText.Describe(fact))),
                new Text(fact.Citation?.Page?.ToString() ?? ""),
                new Text(TerminalText.Safe(DocumentTable.Shorten(fact.Quote, 90))));
        }

        Terminal.Out.Write(table);
        Terminal.Out.MarkupLine($"[grey]{facts.Count} facts[/]");
    }
}
