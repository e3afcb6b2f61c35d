namespace Mandaat.Search.Query;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Field,
    Open,
    Close,
    And,
    Or,
    Not,
}

/// <summary>
/// One lexical unit of a query. <see cref="Negated"/> is a leading minus ("-Syrië"); <see cref="Field"/>
/// is the field name of "kind:brief" with <see cref="Text"/> its value.
/// </summary>
internal sealed record QueryToken(QueryTokenKind Kind, string Text = "", bool Negated = false, bool Prefix = false, string? Field = null);
