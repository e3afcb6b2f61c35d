namespace Mandaat.Search.Query;

/// <summary>The passages the index holds: every paragraph, and every question with its answer on its own.</summary>
public static class SearchUnits
{
    public const string Paragraph = "paragraph";
    public const string Question = "question";
}
