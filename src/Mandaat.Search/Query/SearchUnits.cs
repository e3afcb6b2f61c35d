namespace Mandaat.Search.Query;

/// <summary>
/// The passages the index holds: every paragraph, every question with its answer on its own, and each
/// whole document (so that words spread over several paragraphs still find the document).
/// </summary>
public static class SearchUnits
{
    public const string Document = "document";

    public const string Paragraph = "paragraph";
    public const string Question = "question";

    /// <summary>A question is indexed, and its snippet cut, as the question followed by its answer; one definition so index and snippet agree.</summary>
    public static string QuestionText(string question, string answer) => question + "\n" + answer;
}
