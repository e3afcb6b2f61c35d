using Mandaat.Core;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;

namespace Mandaat.Store.Sqlite.Search;

/// <summary>
/// Compiles a parsed query into an FTS5 MATCH expression over the analysed columns. Every term is the
/// analyzer's output inside double quotes, so user text is never FTS5 syntax: "F-16", "NEAR(" and
/// "'; DROP TABLE" are only ever strings to look up. A word matches its term in body or parts; a
/// compound ("anti-ISIS") also matches as the sequence of its parts, so it is found inside longer
/// compounds ("anti-ISIS-coalitie"); a phrase must match consecutive words of body.
/// </summary>
internal static class Fts5Query
{
    private const string AnyColumn = "{body parts}";

    public static Outcome<string> Compile(QueryNode root, ITextAnalyzer analyzer)
    {
        var match = Node(root, analyzer);
        return match is null
            ? Outcome<string>.Fail("the query has no words to search for (only punctuation or symbols); give a word")
            : Outcome<string>.Ok(match);
    }

    private static string? Node(QueryNode node, ITextAnalyzer analyzer) => node switch
    {
        WordQuery { Prefix: true } word => Prefix(word.Word, analyzer),
        WordQuery word => Words(analyzer.Analyze(word.Word)),
        PhraseQuery phrase => Words(analyzer.Analyze(phrase.Text)),
        AllQuery all => All(all, analyzer),
        AnyQuery any => EngineExpression.Join(any.Children.Select(c => Node(c, analyzer)), " OR "),
        NotQuery not => Node(not.Child, analyzer),
        _ => null,
    };

    private static string? All(AllQuery all, ITextAnalyzer analyzer)
    {
        var include = EngineExpression.Join(all.Children.Where(c => c is not NotQuery).Select(c => Node(c, analyzer)), " AND ");
        var exclude = EngineExpression.Join(all.Children.OfType<NotQuery>().Select(c => Node(c.Child, analyzer)), " OR ");
        return include is null ? null : exclude is null ? include : $"({include} NOT {exclude})";
    }

    private static string? Words(IReadOnlyList<AnalyzedToken> tokens) => tokens.Count switch
    {
        0 => null,
        1 when tokens[0].Parts.Count > 0 => $"({AnyColumn} : {Quote(tokens[0].Term)} OR parts : {Quote(string.Join(' ', tokens[0].Parts))})",
        1 => $"{AnyColumn} : {Quote(tokens[0].Term)}",
        _ => $"body : {Quote(string.Join(' ', tokens.Select(t => t.Term)))}",
    };

    private static string? Prefix(string word, ITextAnalyzer analyzer) =>
        EngineExpression.Join(PrefixForms.Of(word, analyzer).Select(form => $"{AnyColumn} : {Quote(form)}*"), " OR ");

    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
