using Mandaat.Core;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;

namespace Mandaat.Store.Sqlite.Search;

/// <summary>
/// Compiles a parsed query into an FTS5 MATCH expression over the analysed columns. Every term is the
/// analyzer's output inside double quotes, so user text is never FTS5 syntax: "F-16", "NEAR(" and
/// "'; DROP TABLE" are only ever strings to look up. A word matches its term in body or parts; a
/// compound ("anti-ISIS") also matches as the sequence of its parts, so it is found inside longer
/// compounds ("anti-ISIS-coalitie"); a phrase must match consecutive words of body. Beside the expression
/// it lists the phrases that can match (not those under NOT), which is what BM25 sums over.
/// </summary>
internal static class Fts5Query
{
    public static Outcome<Fts5Match> Compile(QueryNode root, ITextAnalyzer analyzer)
    {
        var phrases = new List<Fts5Phrase>();
        var match = Node(root, analyzer, phrases);
        return match is null
            ? Outcome<Fts5Match>.Fail("the query has no words to search for (only punctuation or symbols); give a word")
            : Outcome<Fts5Match>.Ok(new Fts5Match(match, phrases));
    }

    /// <param name="phrases">Where the phrases that rank are collected; null under a NOT.</param>
    private static string? Node(QueryNode node, ITextAnalyzer analyzer, List<Fts5Phrase>? phrases) => node switch
    {
        WordQuery { Prefix: true } word => Prefix(word.Word, analyzer, phrases),
        WordQuery word => Words(analyzer.Analyze(word.Word), phrases),
        PhraseQuery phrase => Words(analyzer.Analyze(phrase.Text), phrases),
        AllQuery all => All(all, analyzer, phrases),
        AnyQuery any => EngineExpression.Join(any.Children.Select(c => Node(c, analyzer, phrases)), " OR "),
        NotQuery not => Node(not.Child, analyzer, null),
        _ => null,
    };

    private static string? All(AllQuery all, ITextAnalyzer analyzer, List<Fts5Phrase>? phrases)
    {
        var include = EngineExpression.Join(all.Children.Where(c => c is not NotQuery).Select(c => Node(c, analyzer, phrases)), " AND ");
        var exclude = EngineExpression.Join(all.Children.OfType<NotQuery>().Select(c => Node(c.Child, analyzer, null)), " OR ");
        return include is null ? null : exclude is null ? include : $"({include} NOT {exclude})";
    }

    private static string? Words(IReadOnlyList<AnalyzedToken> tokens, List<Fts5Phrase>? phrases) => tokens.Count switch
    {
        0 => null,
        1 when tokens[0].Parts.Count > 0 => $"({Add(phrases, Fts5Columns.Both, tokens[0].Term)} OR {Add(phrases, Fts5Columns.Parts, string.Join(' ', tokens[0].Parts))})",
        1 => Add(phrases, Fts5Columns.Both, tokens[0].Term),
        _ => Add(phrases, Fts5Columns.Body, string.Join(' ', tokens.Select(t => t.Term))),
    };

    private static string? Prefix(string word, ITextAnalyzer analyzer, List<Fts5Phrase>? phrases) =>
        EngineExpression.Join(PrefixForms.Of(word, analyzer).Select(form => Add(phrases, Fts5Columns.Both, form, prefix: true)), " OR ");

    private static string Add(List<Fts5Phrase>? phrases, Fts5Columns columns, string text, bool prefix = false)
    {
        var phrase = new Fts5Phrase(columns, text, prefix);
        phrases?.Add(phrase);
        return phrase.Expression;
    }
}

/// <summary>A compiled query: the FTS5 MATCH expression and the phrases in it that can match, in order.</summary>
internal sealed record Fts5Match(string Expression, IReadOnlyList<Fts5Phrase> Phrases);
