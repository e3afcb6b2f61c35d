using Mandaat.Core;
using Mandaat.Missions;
using Mandaat.Pipeline;
using Mandaat.Search.Query;

namespace Mandaat.Fuzz;

/// <summary>
/// One thing a hostile input reaches: a reader with every stage after it (the file as ingest and upload read
/// it), or the query parser. Running an input gives its outcome's signature, the fuzzer's cheap stand-in for
/// coverage: the same signature twice is the same behaviour as far as the fuzzer can tell. An exception is a
/// crash: readers and the parser answer bad input with a failed Outcome, never by throwing.
/// </summary>
public sealed class FuzzTarget
{
    private static readonly Lazy<DocumentProcessor> Processor = new(() => DefaultPipeline.CreateProcessor(MissionCatalog.Load()));

    private readonly Func<byte[], string> _run;

    private FuzzTarget(string name, string extension, Func<byte[], string> run)
    {
        Name = name;
        Extension = extension;
        _run = run;
    }

    public string Name { get; }

    /// <summary>The file extension its inputs are saved with (and read by).</summary>
    public string Extension { get; }

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        Document("txt"), Document("pdf"), Document("xml"), Document("html"), Document("docx"),
        new("query", ".txt", input => QuerySignature(QueryParser.Parse(System.Text.Encoding.UTF8.GetString(input)))),
    ];

    /// <summary>
    /// Targets that misbehave on purpose, one per kind of finding, so the harness's own detection can be checked on
    /// any machine (<c>--target self-hang</c>), and a bug only coverage leads to (<see cref="PlantedMaze"/>, its
    /// guidance checked): never part of a campaign over <see cref="All"/>.
    /// </summary>
    public static IReadOnlyList<FuzzTarget> SelfChecks { get; } =
    [
        new("self-crash", ".bin", _ => throw new InvalidOperationException("a crash on purpose")),
        new("self-hang", ".bin", _ =>
        {
            Thread.Sleep(Timeout.Infinite);
            return "never";
        }),
        new("self-memory", ".bin", _ =>
        {
            var hoard = new List<byte[]>();
            while (true)
            {
                hoard.Add(GC.AllocateArray<byte>(16 * 1024 * 1024));
                Array.Fill(hoard[^1], (byte)1);
            }
        }),
        new("self-maze", ".bin", Planted.PlantedMaze.Walk),
    ];

    public static FuzzTarget Named(string name) =>
        All.Concat(SelfChecks).FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException($"no fuzz target '{name}'; the targets are {string.Join(", ", All.Select(t => t.Name))}");

    /// <summary>The outcome's signature; throws whatever the code under test throws.</summary>
    public string Run(byte[] input) => _run(input);

    private static FuzzTarget Document(string extension) =>
        new(extension, "." + extension, input => DocumentSignature(Processor.Value.Process(input, "fuzz." + extension)));

    private static string DocumentSignature(Outcome<Store.ProcessedDocument> outcome)
    {
        if (!outcome.Succeeded)
        {
            return "refused:" + Signatures.Template(outcome.Error!);
        }

        var d = outcome.Value;
        var types = string.Join(',', d.Facts.Select(f => f.Type.ToString()).Distinct().Order(StringComparer.Ordinal));
        return $"ok:{d.Identity.Kind}:{(d.Id.StartsWith("doc-", StringComparison.Ordinal) ? "hash" : "named")}:p{Signatures.Bucket(d.Text.Text.Length)}:s{Signatures.Bucket(d.Sections.Count)}:q{Signatures.Bucket(d.Questions.Count)}:f{Signatures.Bucket(d.Facts.Count)}:{types}";
    }

    private static string QuerySignature(Outcome<Search.Query.SearchQuery> outcome) =>
        outcome.Succeeded ? "ok:" + Signatures.Shape(outcome.Value.Root) + (outcome.Value.Filters == Search.Query.QueryFilters.None ? string.Empty : ":filtered") : "refused:" + Signatures.Template(outcome.Error!);
}
