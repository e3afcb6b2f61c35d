using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Search.QuestionLists;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>questions ID</c>: the numbered questions of a stored list of questions and answers (or verslag
/// van een schriftelijk overleg) with their answers and the answers they point to; a document without
/// questions gives an empty list. The letter the list is about is named when its opening cites it.
/// </summary>
public static class QuestionsCommand
{
    public static Command Create(CommandServices services)
    {
        var id = new Argument<string>("id") { Description = "The document id, as `list` shows it (kst-27925-748)." };
        var command = new Command("questions", "List the numbered questions and answers of a stored document.") { id };
        command.SetAction(async (parse, ct) =>
        {
            var store = await services.StoreAsync();
            var document = await DocumentLookup.GetAsync(store, parse.GetValue(id)!, ct);
            var about = document.Questions.Count > 0 ? CitedLetterFinder.Find(document.Text) : null;
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(document.Questions.Select(q => new { number = q.Number, question = q.Question, answer = q.Answer, refers_to = q.RefersTo, about = about?.Id }));
                return ExitCodes.Success;
            }

            var stored = about is not null && await store.GetAsync(about.Id, ct) is not null;
            QuestionText.Write(document, about, stored);
            return ExitCodes.Success;
        });
        return command;
    }
}
