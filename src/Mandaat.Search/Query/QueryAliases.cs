using Mandaat.Search.Analysis;

namespace Mandaat.Search.Query;

/// <summary>
/// Names that mean the same, so a query for one also finds the others: a mission's names, acronyms and operation
/// names ("MINUSMA", "VN-missie in Mali"; from the mission catalogue) and spelling variants of a designation
/// ("ISIS", "ISIL", "Daesh"). A word, phrase or run of words of the query that is one of a group's names becomes
/// "it OR the others" (each other name a phrase), which the engines rank like any OR: a document using several
/// names scores higher. Names are compared by their analysed terms, the little words "in", "van", "de", "het",
/// "een", "tegen" left out ("VN-missie Mali" is "VN-missie in Mali"); a name several missions share ("EUFOR") only as
/// typed; a short acronym in capitals ("IS") only as
/// typed, and never looked for (folded, it would be the verb "is"). Cheap: a dictionary look-up per word and run.
/// </summary>
public sealed class QueryAliases
{
    /// <summary>The longest run of query words compared with the names.</summary>
    private const int LongestRun = 8;

    private static readonly HashSet<string> LittleWords = new(["in", "van", "de", "het", "een", "tegen", "der", "den"], StringComparer.Ordinal);

    /// <summary>Designations written several ways; the mission catalogue adds the missions' names.</summary>
    private static readonly string[][] Designations =
    [
        ["ISIS", "ISIL", "Daesh", "IS", "Islamitische Staat"],
        ["Task Force Uruzgan", "TFU"],
    ];

    private readonly ITextAnalyzer _analyzer;
    private readonly Dictionary<string, List<string>> _others = new(StringComparer.Ordinal);

    /// <param name="groups">Each group's names; the built-in designation variants are added.</param>
    public QueryAliases(IEnumerable<IReadOnlyList<string>> groups, ITextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(groups);
        _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        var catalogue = groups.ToList();
        // A name several missions share ("EUFOR": Althea, Tchad, RD Congo) means none of them in particular: typed, it
        // is looked for as typed. It stays another name of each ("Active Fence" also finds the papers that say "Patriot").
        var shared = catalogue
            .SelectMany(group => group.Where(Usable).Select(Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            .GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var group in catalogue.Concat(Designations))
        {
            var names = group.Where(Usable).Distinct(StringComparer.Ordinal).ToList();
            foreach (var name in names)
            {
                var key = Key(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!_others.TryGetValue(key, out var others))
                {
                    _others[key] = others = [];
                }

                others.AddRange(names.Where(n => n != name && Searchable(n) && !others.Contains(n)));
            }
        }

        foreach (var key in shared)
        {
            _others.Remove(key);
        }
    }

    /// <summary>The designation variants alone, for a store given no mission catalogue.</summary>
    public static QueryAliases Builtin(ITextAnalyzer analyzer) => new([], analyzer);

    /// <summary>The query with every name that has aliases replaced by "it OR its aliases".</summary>
    /// <remarks>A node without names is returned itself, so a query without any stays the very tree the parser made.</remarks>
    public QueryNode Expand(QueryNode node) => node switch
    {
        WordQuery { Prefix: false } word => WithOthers(node, word.Word),
        PhraseQuery phrase => WithOthers(node, phrase.Text),
        AllQuery all => ExpandRuns(all.Children) is var runs && Same(all.Children, runs) ? all : new AllQuery(runs),
        AnyQuery any => any.Children.Select(Expand).ToList() is var children && Same(any.Children, children) ? any : new AnyQuery(children),
        NotQuery not => Expand(not.Child) is var child && ReferenceEquals(child, not.Child) ? not : new NotQuery(child),
        _ => node,
    };

    private static bool Same(IReadOnlyList<QueryNode> before, IReadOnlyList<QueryNode> after) =>
        before.Count == after.Count && before.Zip(after).All(pair => ReferenceEquals(pair.First, pair.Second));

    private List<QueryNode> ExpandRuns(IReadOnlyList<QueryNode> children)
    {
        var expanded = new List<QueryNode>();
        var i = 0;
        while (i < children.Count)
        {
            var (length, others) = LongestNamedRun(children, i);
            if (length > 1)
            {
                var run = children.Skip(i).Take(length).ToList();
                expanded.Add(new AnyQuery([new AllQuery(run), .. others!.Select(o => new PhraseQuery(o))]));
                i += length;
                continue;
            }

            expanded.Add(Expand(children[i]));
            i++;
        }

        return expanded;
    }

    /// <summary>The longest run of plain words from <paramref name="start"/> (two or more) that is a name, with its aliases.</summary>
    private (int Length, List<string>? Others) LongestNamedRun(IReadOnlyList<QueryNode> children, int start)
    {
        var words = children.Skip(start).Take(LongestRun).TakeWhile(c => c is WordQuery { Prefix: false }).Cast<WordQuery>().Select(w => w.Word).ToList();
        for (var length = words.Count; length >= 2; length--)
        {
            if (_others.TryGetValue(Key(string.Join(' ', words.Take(length))), out var others) && others.Count > 0)
            {
                return (length, others);
            }
        }

        return (0, null);
    }

    private QueryNode WithOthers(QueryNode node, string text) =>
        _others.TryGetValue(Key(text), out var others) && others.Count > 0
            ? new AnyQuery([node, .. others.Select(o => new PhraseQuery(o))])
            : node;

    /// <summary>A name's analysed terms without the little words; a short acronym in capitals is kept as typed, so "is" is not "IS".</summary>
    private string Key(string name) =>
        IsShortAcronym(name)
            ? "=" + name.Trim()
            : string.Join(' ', _analyzer.Analyze(name).Select(t => t.Term).Where(t => !LittleWords.Contains(t)));

    /// <summary>Whether a name can be looked for in the index: a short acronym of capitals folds into a common word ("IS" → "is").</summary>
    private static bool Usable(string name) => !string.IsNullOrWhiteSpace(name) && !name.Any(c => c is '(' or ')' or '"' or '*');

    private static bool Searchable(string name) => !name.Split(' ').Any(w => w.Length <= 2 && w.All(char.IsUpper));

    private static bool IsShortAcronym(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length is >= 2 and <= 3 && trimmed.All(char.IsUpper);
    }
}
