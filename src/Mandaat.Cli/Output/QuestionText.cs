using Mandaat.Search.QuestionLists;
using Mandaat.Store;
using Spectre.Console;

namespace Mandaat.Cli.Output;

/// <summary>Questions and answers for people: the letter the list is about, then each numbered pair.</summary>
public static class QuestionText
{
    public static void Write(DocumentDetail document, CitedLetter? about, bool aboutIsStored)
    {
        if (document.Questions.Count == 0)
        {
            Terminal.Out.MarkupLineInterpolated($"[grey]{document.Summary.Id} holds no numbered questions.[/]");
            return;
        }

        Terminal.Out.MarkupLineInterpolated($"[bold]{document.Summary.Id}[/]: {document.Questions.Count} questions");
        if (about is not null)
        {
            Terminal.Out.MarkupLineInterpolated($"About: {about.Label} ({about.Id}{(aboutIsStored ? ", in the store" : ", not in the store")})");
        }

        foreach (var qa in document.Questions)
        {
            Terminal.Out.WriteLine();
            Terminal.Out.MarkupLineInterpolated($"[bold]{qa.Number}.[/] {qa.Question}");
            Terminal.Out.MarkupLineInterpolated($"   [green]→[/] {qa.Answer}");
            if (qa.RefersTo.Count > 0)
            {
                Terminal.Out.MarkupLineInterpolated($"   [grey]see the answer to question {string.Join(", ", qa.RefersTo)}[/]");
            }
        }
    }
}
