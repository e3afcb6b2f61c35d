namespace Mandaat.Store.Search;

/// <summary>One passage the search index holds for a document: its unit (document, paragraph, question), number, span and text.</summary>
public sealed record SearchPassage(string Unit, int Number, int Start, int End, string Text);
