using Mandaat.Register.Commitments;
using Spectre.Console;

namespace Mandaat.Cli.Output;

/// <summary>Commitments for people: when, where, status and the quote.</summary>
public static class CommitmentText
{
    public static void Write(IReadOnlyList<TrackedCommitment> commitments)
    {
        if (commitments.Count == 0)
        {
            Terminal.Out.MarkupLine("[grey]No commitments.[/]");
            return;
        }

        var table = new Table().RoundedBorder().AddColumn("made").AddColumn("document").AddColumn("status").AddColumn("official").AddColumn("commitment");
        foreach (var c in commitments)
        {
            var status = c.Status == CommitmentStatus.Open ? "[yellow]open[/]" : $"[green]fulfilled[/] by {Markup.Escape(c.FulfilledBy ?? "?")}";
            // The register's own status beside what the text says; "official only" when no paper read states it.
            var official = c.Official is not { } o ? "–" : Markup.Escape(o.Status) + (c.Citation is null ? " [grey](official only)[/]" : string.Empty);
            table.AddRow(c.Made?.ToString("yyyy-MM-dd") ?? "–", Markup.Escape(c.Document), status, official, Markup.Escape(c.Quote));
        }

        Terminal.Out.Write(table);
    }
}
