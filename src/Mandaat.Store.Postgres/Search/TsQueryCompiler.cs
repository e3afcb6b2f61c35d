using System.Globalization;
using Mandaat.Search.Query;

namespace Mandaat.Store.Postgres.Search;

/// <summary>
/// Compiles a parsed query into a PostgreSQL tsquery expression. User text only ever travels as a bound
/// parameter to <c>phraseto_tsquery('mandaat_dutch', …)</c> (a word or a phrase: its lexemes in order, so
/// "F-16" is f followed by -16 and "anti-ISIS" the compound followed by its parts) or to
/// <c>mandaat_prefix(…)</c>; the operators between them (&amp;&amp;, ||, !!) are written here. So "NEAR(",
/// "'; DROP TABLE" and "a &amp; !b" are only ever words to look up. A part that yields no lexeme (only
/// punctuation) is the empty tsquery, which PostgreSQL leaves out of &amp;&amp; and ||.
/// </summary>
internal static class TsQueryCompiler
{
    /// <summary>
    /// The SQL expression, the words it binds in order as parameters w0, w1, …, and its leaves: each word,
    /// phrase or prefix that must or may match (not those under NOT), the "phrases" BM25 sums over, as FTS5's
    /// bm25() does.
    /// </summary>
    public static (string Sql, IReadOnlyList<string> Words, IReadOnlyList<string> Leaves) Compile(QueryNode root)
    {
        var words = new List<string>();
        var leaves = new List<string>();
        var sql = Node(root, words, leaves) ?? "''::tsquery";
        return (sql, words, leaves);
    }

    /// <param name="leaves">Where the leaves are collected; null under NOT.</param>
    private static string? Node(QueryNode node, List<string> words, List<string>? leaves) => node switch
    {
        WordQuery { Prefix: true } word => Leaf($"mandaat_prefix({Bind(word.Word, words)})", leaves),
        WordQuery word => Leaf(Phrase(word.Word, words), leaves),
        PhraseQuery phrase => Leaf(Phrase(phrase.Text, words), leaves),
        AllQuery all => All(all, words, leaves),
        AnyQuery any => EngineExpression.Join(any.Children.Select(c => Node(c, words, leaves)), " || "),
        // NOT only means something beside words that must match (the parser allows nothing else);
        // elsewhere the word is looked for, as on SQLite.
        NotQuery not => Node(not.Child, words, leaves),
        _ => null,
    };

    private static string? All(AllQuery all, List<string> words, List<string>? leaves)
    {
        var include = EngineExpression.Join(all.Children.Where(c => c is not NotQuery).Select(c => Node(c, words, leaves)), " && ");
        var exclude = EngineExpression.Join(all.Children.OfType<NotQuery>().Select(c => Node(c.Child, words, null)), " || ");
        return include is null ? null : exclude is null ? include : $"({include} && !!{exclude})";
    }

    private static string Leaf(string sql, List<string>? leaves)
    {
        leaves?.Add(sql);
        return sql;
    }

    private static string Phrase(string text, List<string> words) => $"phraseto_tsquery('mandaat_dutch', {Bind(text, words)})";

    private static string Bind(string word, List<string> words)
    {
        words.Add(word);
        return "@w" + (words.Count - 1).ToString(CultureInfo.InvariantCulture);
    }
}
