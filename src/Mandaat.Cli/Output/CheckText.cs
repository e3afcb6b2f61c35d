using Mandaat.Register.Toetsingskader;
using Spectre.Console;

namespace Mandaat.Cli.Output;

/// <summary>The Toetsingskader checklist for people: one row per aspect, coloured by status.</summary>
public static class CheckText
{
    public static void Write(CheckResult result)
    {
        var table = new Table().RoundedBorder().Title(Markup.Escape($"Toetsingskader — {result.Document}"))
            .AddColumn("aspect").AddColumn("status").AddColumn("heading, announcement or reason");
        foreach (var a in result.Aspects)
        {
            var status = a.Status switch
            {
                AspectStatus.Present when a.Announced is not null => "[green]present[/] [grey](announced in the text)[/]",
                AspectStatus.Present => "[green]present[/]",
                AspectStatus.Missing => "[red]missing[/]",
                _ => "[grey]not applicable[/]",
            };
            table.AddRow(Markup.Escape(a.Title), status, Markup.Escape(a.Heading ?? a.Announced ?? a.Reason ?? string.Empty));
        }

        Terminal.Out.Write(table);
        var counts = result.Aspects.GroupBy(a => a.Status).Select(g => $"{g.Count()} {g.Key}");
        Terminal.Out.MarkupLineInterpolated($"[grey]{string.Join(", ", counts)}[/]");
    }
}
