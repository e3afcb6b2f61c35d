namespace Mandaat.Search.Query;

/// <summary>
/// A parsed query. The tree holds the words as the user typed them; each backend compiles it into its
/// own engine's syntax through the analyzer, so no user text ever reaches an engine unquoted.
/// </summary>
public abstract record QueryNode;

/// <summary>One word; <see cref="Prefix"/> when typed as "milit*".</summary>
public sealed record WordQuery(string Word, bool Prefix) : QueryNode;

/// <summary>Words that must follow each other: "strijd tegen ISIS".</summary>
public sealed record PhraseQuery(string Text) : QueryNode;

/// <summary>Every child must match (the default between words).</summary>
public sealed record AllQuery(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>At least one child must match (OR).</summary>
public sealed record AnyQuery(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>The child must not match (NOT word, -word); only meaningful beside something that must match.</summary>
public sealed record NotQuery(QueryNode Child) : QueryNode;
