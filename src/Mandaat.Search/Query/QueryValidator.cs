namespace Mandaat.Search.Query;

/// <summary>
/// The shapes no engine can answer: a query that only excludes, and NOT alone in an OR. Checked here,
/// once, so every backend refuses the same queries with the same words.
/// </summary>
internal static class QueryValidator
{
    public static string? Problem(QueryNode root)
    {
        if (CountWords(root) > QueryParser.MaxWords)
        {
            return $"the query has more than {QueryParser.MaxWords} words; search for fewer";
        }

        return Check(root);
    }

    private static string? Check(QueryNode node) => node switch
    {
        NotQuery => "NOT and -word only exclude; add a word to find, as in `ISIS -Syrië`",
        AllQuery all when all.Children.All(c => c is NotQuery) => "NOT and -word only exclude; add a word to find, as in `ISIS -Syrië`",
        AllQuery all => all.Children.Select(c => c is NotQuery not ? Check(not.Child) : Check(c)).FirstOrDefault(p => p is not null),
        AnyQuery any when any.Children.Any(c => c is NotQuery) => "NOT cannot stand alone beside OR; group it with a word, as in `(Irak -Syrië) OR Jordanië`",
        AnyQuery any => any.Children.Select(Check).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static int CountWords(QueryNode node) => node switch
    {
        WordQuery => 1,
        PhraseQuery phrase => phrase.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length,
        AllQuery all => all.Children.Sum(CountWords),
        AnyQuery any => any.Children.Sum(CountWords),
        NotQuery not => CountWords(not.Child),
        _ => 0,
    };
}
