using System.CommandLine;
using Mandaat.Cli.Hosting;
using Mandaat.Cli.Output;
using Mandaat.Contract;
using Mandaat.Search.Query;
using Mandaat.Search.Ranking;

namespace Mandaat.Cli.Commands;

/// <summary>
/// <c>search QUERY</c>: Dutch full-text search over the stored documents, one hit per document with its
/// best passage (per question with vraag: or type:question). A query Mandaat cannot read exits 2.
/// </summary>
public static class SearchCommand
{
    public static Command Create(CommandServices services)
    {
        var query = new Argument<string[]>("query")
        {
            Description = "Words (AND), \"phrases\", OR, NOT or -word, prefix*, and filters kind:, dossier:, from:, to:, year:, type:question, vraag:. Quoting the whole query is optional.",
            Arity = ArgumentArity.OneOrMore,
        };
        var kind = new Option<string?>("--kind") { Description = "Only documents of this kind (artikel100, voortgangsrapportage, vragen-en-antwoorden, …)." };
        var dossier = new Option<string?>("--dossier") { Description = "Only documents of this dossier (27925, 35570-X)." };
        var from = new Option<string?>("--from") { Description = "Only documents dated on or after this day (2020-05-31, 2020-05 or 2020)." };
        var to = new Option<string?>("--to") { Description = "Only documents dated on or before this day (2020-05-31, 2020-05 or 2020)." };
        var limit = new Option<int>("--limit") { Description = $"At most this many hits (1–{SearchRequest.MaxLimit}).", DefaultValueFactory = _ => SearchRequest.DefaultLimit };
        var sort = new Option<string>("--sort") { Description = "relevance (best first) or date (newest first).", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var command = new Command("search", "Search the stored documents in Dutch, with highlighted snippets.") { query, kind, dossier, from, to, limit, sort };
        command.SetAction(async (parse, ct) =>
        {
            var request = new SearchRequest(
                QueryWords.Join(parse.GetValue(query)!),
                parse.GetValue(kind),
                DossierArgument.Normalize(parse.GetValue(dossier)),
                Date(parse.GetValue(from), "--from", end: false),
                Date(parse.GetValue(to), "--to", end: true),
                parse.GetValue(limit),
                parse.GetValue(sort) == "date" ? SearchSort.Date : SearchSort.Relevance);
            var store = await services.StoreAsync();
            var search = store as ISearchService ?? throw new UsageException("this store cannot search; use a SQLite store");
            var outcome = await search.SearchAsync(request, ct);
            if (!outcome.Succeeded)
            {
                throw new UsageException(outcome.Error!);
            }

            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(outcome.Value.Select(SearchHitJson.Create));
            }
            else
            {
                SearchHitText.Write(outcome.Value);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static DateOnly? Date(string? value, string option, bool end)
    {
        if (value is null)
        {
            return null;
        }

        return QueryDates.TryParse(value, end, out var date)
            ? date
            : throw new UsageException($"{option} expects a date such as 2020-05-31, 2020-05 or 2020, not '{value}'");
    }
}
