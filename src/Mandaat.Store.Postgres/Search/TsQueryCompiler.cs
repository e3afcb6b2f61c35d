using System.Globalization;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;

namespace Mandaat.Store.Postgres.Search;

/// <summary>
/// Compiles a parsed query into a PostgreSQL tsquery expression over the analysed terms (<see cref="TsVectorText"/>),
/// as <c>Fts5Query</c> does for SQLite: a word matches its term in the body or the parts, a compound ("anti-ISIS")
/// also as the sequence of its parts (weight B), so it is found inside longer compounds; a phrase matches consecutive
/// body terms; a prefix matches the terms starting with its folded or stemmed form. Each leaf is tsquery text made
/// here from the analyzer's terms, every lexeme quoted, and travels as a bound parameter cast to tsquery: user
/// text is never tsquery syntax. A leaf of only punctuation yields nothing and is left out.
/// </summary>
internal static class TsQueryCompiler
{
    /// <summary>
    /// The SQL expression, the tsquery texts it binds in order as parameters w0, w1, …, and its leaves: each word,
    /// phrase or prefix that must or may match (not those under NOT), the "phrases" BM25 sums over, as FTS5's
    /// bm25() does, each with its SQL and the tsquery text it binds.
    /// </summary>
    public static (string Sql, IReadOnlyList<string> Words, IReadOnlyList<TsQueryLeaf> Leaves) Compile(QueryNode root, ITextAnalyzer analyzer)
    {
        var words = new List<string>();
        var leaves = new List<TsQueryLeaf>();
        var sql = Node(root, analyzer, words, leaves) ?? "''::tsquery";
        return (sql, words, leaves);
    }

    /// <param name="leaves">Where the leaves are collected; null under NOT.</param>
    private static string? Node(QueryNode node, ITextAnalyzer analyzer, List<string> words, List<TsQueryLeaf>? leaves) => node switch
    {
        WordQuery { Prefix: true } word => Leaf(Prefix(word.Word, analyzer), words, leaves),
        WordQuery word => Terms(analyzer.Analyze(word.Word), words, leaves),
        PhraseQuery phrase => Terms(analyzer.Analyze(phrase.Text), words, leaves),
        AllQuery all => All(all, analyzer, words, leaves),
        AnyQuery any => EngineExpression.Join(any.Children.Select(c => Node(c, analyzer, words, leaves)), " || "),
        // NOT only means something beside words that must match (the parser allows nothing else);
        // elsewhere the word is looked for, as on SQLite.
        NotQuery not => Node(not.Child, analyzer, words, leaves),
        _ => null,
    };

    private static string? All(AllQuery all, ITextAnalyzer analyzer, List<string> words, List<TsQueryLeaf>? leaves)
    {
        var include = EngineExpression.Join(all.Children.Where(c => c is not NotQuery).Select(c => Node(c, analyzer, words, leaves)), " && ");
        var exclude = EngineExpression.Join(all.Children.OfType<NotQuery>().Select(c => Node(c.Child, analyzer, words, null)), " || ");
        return include is null ? null : exclude is null ? include : $"({include} && !!{exclude})";
    }

    /// <summary>
    /// A word or phrase's tokens as Fts5Query.Words matches them: one term; a compound's term or the sequence of its
    /// parts, two leaves as the two FTS5 phrases, so BM25 sums over the same things on both backends; several terms
    /// in a row.
    /// </summary>
    private static string? Terms(IReadOnlyList<AnalyzedToken> tokens, List<string> words, List<TsQueryLeaf>? leaves) => tokens.Count switch
    {
        0 => null,
        1 when tokens[0].Parts.Count > 0 => EngineExpression.Join(
            [
                Leaf(TsVectorText.Quote(tokens[0].Term), words, leaves),
                Leaf("(" + string.Join(" <-> ", tokens[0].Parts.Select(p => TsVectorText.Quote(p) + ":" + TsVectorText.PartsWeight)) + ")", words, leaves),
            ],
            " || "),
        1 => Leaf(TsVectorText.Quote(tokens[0].Term), words, leaves),
        _ => Leaf("(" + string.Join(" <-> ", tokens.Select(t => TsVectorText.Quote(t.Term) + ":" + TsVectorText.BodyWeight)) + ")", words, leaves),
    };

    private static string? Prefix(string word, ITextAnalyzer analyzer)
    {
        var forms = PrefixForms.Of(word, analyzer).Where(f => f.Length > 0).Select(f => TsVectorText.Quote(f) + ":*").ToList();
        return forms.Count == 0 ? null : "(" + string.Join(" | ", forms) + ")";
    }

    private static string? Leaf(string? tsquery, List<string> words, List<TsQueryLeaf>? leaves)
    {
        if (tsquery is null)
        {
            return null;
        }

        words.Add(tsquery);
        var sql = "@w" + (words.Count - 1).ToString(CultureInfo.InvariantCulture) + "::tsquery";
        leaves?.Add(new TsQueryLeaf(sql, tsquery));
        return sql;
    }
}
