using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mandaat.Search.Analysis;
using Mandaat.Search.Query;
using Mandaat.Search.Snippets;

namespace Mandaat.Search.Tests;

/// <summary>Whatever a user types, parsing, analysing and snippet building answer without throwing.</summary>
public sealed class QueryParserProperties
{
    private static readonly string[] Pieces = ["\"", "(", ")", "-", "*", ":", "AND", "OR", "NOT", "NEAR(", "kind:", "vraag:", "from:", "F-16", "'", ";", "{", "}", "^", " ", "Syrië", "’s", "--"];

    [Property(MaxTest = 500)]
    public bool Any_string_parses_or_fails_cleanly(string? query)
    {
        var outcome = QueryParser.Parse(query);
        return outcome.Succeeded || !string.IsNullOrWhiteSpace(outcome.Error);
    }

    [Property(MaxTest = 500)]
    public Property Strings_made_of_query_syntax_parse_or_fail_cleanly() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary(),
            query =>
            {
                var outcome = QueryParser.Parse(query);
                if (outcome.Succeeded)
                {
                    // The highlight and snippet steps see every parsed query too.
                    var terms = HighlightTerms.From(outcome.Value.Root, DutchTextAnalyzer.Default);
                    _ = new SnippetBuilder(DutchTextAnalyzer.Default).Build(query, terms);
                }

                return outcome.Succeeded || !string.IsNullOrWhiteSpace(outcome.Error);
            });

    [Property(MaxTest = 300)]
    public bool Analysis_offsets_always_lie_inside_the_text(string? text)
    {
        text ??= string.Empty;
        return DutchTextAnalyzer.Default.Analyze(text).All(t => t.Start >= 0 && t.End <= text.Length && t.Start < t.End && t.Term.Length > 0);
    }
}
