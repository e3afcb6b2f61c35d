using Mandaat.Core;

namespace Mandaat.Search.Query;

/// <summary>
/// Mandaat's query language: words (AND by default), "phrases", OR, NOT and -word, prefix*, parentheses
/// and field filters (kind:, dossier:, from:, to:, year:, type:question, vraag:). Lenient where a
/// reading is obvious — a stray operator or parenthesis is dropped, an open quote or parenthesis runs
/// to the end — and a clear failure where it is not. It returns an outcome and never throws.
/// </summary>
public static class QueryParser
{
    public const int MaxLength = 1000;
    public const int MaxWords = 64;

    /// <summary>Deeper parentheses are read as plain grouping: no one writes them, and recursion must stay bounded.</summary>
    private const int MaxDepth = 16;

    public static Outcome<SearchQuery> Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return Fail("the query is empty; give the words to search for");
        }

        if (query.Length > MaxLength)
        {
            return Fail($"the query is {query.Length} characters long; the limit is {MaxLength}, search for a few words instead");
        }

        var filters = QueryFilters.None;
        var terms = new List<QueryToken>();
        var extra = new List<QueryNode>();
        foreach (var token in QueryLexer.Tokenize(query))
        {
            if (token.Kind != QueryTokenKind.Field)
            {
                terms.Add(token);
                continue;
            }

            var applied = FilterReader.Apply(filters, token);
            if (!applied.Succeeded)
            {
                return Fail(applied.Error!);
            }

            filters = applied.Value;
            if (token.Field == "vraag" && token.Text.Trim().Length > 0)
            {
                // vraag:Erbil searches Erbil in questions and answers only.
                var text = token.Text.Trim();
                extra.Add(text.Contains(' ', StringComparison.Ordinal) ? new PhraseQuery(text) : new WordQuery(text.TrimEnd('*'), text.EndsWith('*')));
            }
        }

        var reader = new TokenReader(terms);
        var parsed = reader.ParseOr(0);
        var root = Simplify(extra.Count == 0 ? parsed : new AllQuery([.. extra, .. parsed is null ? [] : new[] { parsed }]));
        if (root is null)
        {
            return Fail("the query has no words to search for; filters alone select nothing, add a word");
        }

        var problem = QueryValidator.Problem(root);
        return problem is null ? Outcome<SearchQuery>.Ok(new SearchQuery(root, filters)) : Fail(problem);
    }

    private static QueryNode? Simplify(QueryNode? node) => node switch
    {
        AllQuery { Children.Count: 1 } all => Simplify(all.Children[0]),
        AnyQuery { Children.Count: 1 } any => Simplify(any.Children[0]),
        NotQuery { Child: NotQuery inner } => Simplify(inner.Child),
        _ => node,
    };

    private static Outcome<SearchQuery> Fail(string message) => Outcome<SearchQuery>.Fail(message);

    /// <summary>Recursive descent over the tokens; each method consumes what it understands and skips what it cannot use.</summary>
    private sealed class TokenReader(List<QueryToken> tokens)
    {
        private int _position;

        private QueryToken? Peek => _position < tokens.Count ? tokens[_position] : null;

        public QueryNode? ParseOr(int depth)
        {
            var children = new List<QueryNode>();
            while (true)
            {
                if (ParseAnd(depth) is { } child)
                {
                    children.Add(child);
                }

                if (Peek is { Kind: QueryTokenKind.Or })
                {
                    _position++;
                    continue;
                }

                break;
            }

            return children.Count switch
            {
                0 => null,
                1 => children[0],
                _ => new AnyQuery(children),
            };
        }

        private QueryNode? ParseAnd(int depth)
        {
            var children = new List<QueryNode>();
            while (Peek is { } token && token.Kind != QueryTokenKind.Or)
            {
                if (token.Kind == QueryTokenKind.Close)
                {
                    if (depth > 0)
                    {
                        break;
                    }

                    _position++; // a stray ")" at the top means nothing
                    continue;
                }

                if (token.Kind == QueryTokenKind.And)
                {
                    _position++;
                    continue;
                }

                if (ParseUnary(depth) is { } child)
                {
                    children.Add(child);
                }
            }

            return children.Count switch
            {
                0 => null,
                1 => children[0],
                _ => new AllQuery(children),
            };
        }

        private QueryNode? ParseUnary(int depth)
        {
            var token = tokens[_position++];
            switch (token.Kind)
            {
                case QueryTokenKind.Not:
                    // NOT before nothing usable ("a NOT", "NOT OR") is dropped.
                    return Peek is { Kind: not (QueryTokenKind.Or or QueryTokenKind.Close or QueryTokenKind.And) } && ParseUnary(depth) is { } inner
                        ? new NotQuery(inner)
                        : null;
                case QueryTokenKind.Word:
                    return token.Text.Length == 0 ? null : Negate(new WordQuery(token.Text, token.Prefix), token.Negated);
                case QueryTokenKind.Phrase:
                    return token.Text.Trim().Length == 0 ? null : Negate(new PhraseQuery(token.Text), token.Negated);
                case QueryTokenKind.Open when depth < MaxDepth:
                    var group = ParseOr(depth + 1);
                    if (Peek is { Kind: QueryTokenKind.Close })
                    {
                        _position++;
                    }

                    return group;
                default:
                    return null;
            }
        }

        private static QueryNode Negate(QueryNode node, bool negated) => negated ? new NotQuery(node) : node;
    }
}
