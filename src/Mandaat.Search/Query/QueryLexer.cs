using System.Text;

namespace Mandaat.Search.Query;

/// <summary>
/// Splits a query into words, "phrases", field:values, parentheses and the operators AND, OR, NOT
/// (upper case only, so the Dutch or English words "and"/"or" stay words). Never fails: an unclosed
/// quote runs to the end of the query.
/// </summary>
internal static class QueryLexer
{
    private static readonly HashSet<string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        "kind", "soort", "dossier", "from", "van", "to", "tot", "year", "jaar", "type", "vraag",
    };

    public static List<QueryToken> Tokenize(string query)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Open));
                i++;
            }
            else if (c == ')')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Close));
                i++;
            }
            else
            {
                var negated = c == '-' && i + 1 < query.Length && (query[i + 1] == '"' || char.IsLetterOrDigit(query[i + 1]));
                if (negated)
                {
                    i++;
                }

                tokens.Add(query[i] == '"' ? ReadPhrase(query, ref i, negated) : ReadWord(query, ref i, negated));
            }
        }

        return tokens;
    }

    private static QueryToken ReadPhrase(string query, ref int i, bool negated)
    {
        var close = query.IndexOf('"', i + 1);
        var end = close < 0 ? query.Length : close;
        var text = query[(i + 1)..end];
        i = close < 0 ? query.Length : close + 1;
        return new QueryToken(QueryTokenKind.Phrase, text, negated);
    }

    private static QueryToken ReadWord(string query, ref int i, bool negated)
    {
        var builder = new StringBuilder();
        while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('(' or ')' or '"'))
        {
            builder.Append(query[i]);
            i++;
        }

        var word = builder.ToString();
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && Fields.Contains(word[..colon]))
        {
            var value = word[(colon + 1)..];
            if (value.Length == 0 && i < query.Length && query[i] == '"')
            {
                value = ReadPhrase(query, ref i, negated: false).Text;
            }

            return new QueryToken(QueryTokenKind.Field, value, negated, Field: word[..colon].ToLowerInvariant());
        }

        if (!negated)
        {
            switch (word)
            {
                case "AND" or "&&":
                    return new QueryToken(QueryTokenKind.And);
                case "OR" or "||" or "|":
                    return new QueryToken(QueryTokenKind.Or);
                case "NOT":
                    return new QueryToken(QueryTokenKind.Not);
            }
        }

        var prefix = word.EndsWith('*');
        return new QueryToken(QueryTokenKind.Word, word.TrimEnd('*'), negated, prefix);
    }
}

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
