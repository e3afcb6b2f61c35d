using System.CommandLine;
using Mandaat.Fuzz;

// `./mandaat fuzz`: mutates real files for every reader (through every stage after it) and queries for the
// parser, each for a time budget, keeping the inputs that reach new code (SharpFuzz instrumentation), and saves
// each input that crashes, hangs or blows the memory ceiling.
// Exit 0 when nothing was found, 1 when something was (the files are named), 2 on bad usage.
var targets = new Option<string[]>("--target") { Description = $"Targets to fuzz: {string.Join(", ", FuzzTarget.All.Select(t => t.Name))} (default all).", AllowMultipleArgumentsPerToken = true };
var seconds = new Option<int>("--seconds") { Description = "Time budget per target in seconds (default 600: the on-demand run; ./test runs a few).", DefaultValueFactory = _ => 600 };
var timeout = new Option<int>("--timeout-ms") { Description = "Longest one input may take before it counts as a hang (default 10000).", DefaultValueFactory = _ => 10_000 };
var memory = new Option<int>("--memory-mb") { Description = "Memory one input may take before it counts as a blow-up (default 1024).", DefaultValueFactory = _ => 1024 };
var output = new Option<string>("--out") { Description = "Folder for findings (default .build/fuzz under the repository).", };
var seed = new Option<int?>("--seed") { Description = "Random seed, to replay a campaign (default: a new one, printed)." };
var runs = new Option<long>("--runs") { Description = "Most inputs per target (default 0: only the time budget counts)." };
var guide = new Option<Guide>("--guide") { Description = "What keeps an input in the corpus: Coverage (new edges, SharpFuzz instrumentation; default), Outcome (a new outcome signature) or None (blind mutation of the seeds).", DefaultValueFactory = _ => Guide.Coverage };
var stop = new Option<bool>("--stop-at-first") { Description = "Stop a target at its first finding." };
var work = new Option<string>("--work") { Description = "Folder for the instrumented copy of the tool (default .build/fuzz-instrumented under the repository)." };
var root = new RootCommand("Fuzz Mandaat's readers and query parser with mutated real files, guided by coverage.") { targets, seconds, timeout, memory, output, seed, runs, guide, stop, work };
root.SetAction(async (parse, ct) =>
{
    var chosen = parse.GetValue(targets) is { Length: > 0 } names ? names.Select(FuzzTarget.Named).ToList() : FuzzTarget.All.ToList();
    var repository = Seeds.Root();
    var randomSeed = parse.GetValue(seed) ?? Random.Shared.Next();
    var options = new FuzzOptions(
        TimeSpan.FromSeconds(parse.GetValue(seconds)),
        TimeSpan.FromMilliseconds(parse.GetValue(timeout)),
        parse.GetValue(memory) * 1024L * 1024,
        Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(repository, ".build", "fuzz")),
        randomSeed)
    {
        Guide = parse.GetValue(guide),
        MaxInputs = parse.GetValue(runs),
        StopAtFirstFinding = parse.GetValue(stop),
        Work = Path.GetFullPath(parse.GetValue(work) ?? Path.Combine(repository, ".build", "fuzz-instrumented")),
    };
    Console.WriteLine($"fuzzing {string.Join(", ", chosen.Select(t => t.Name))} for {options.Budget.TotalSeconds:0} s each, guided by {options.Guide.ToString().ToLowerInvariant()} (seed {randomSeed}); findings in {options.Output}");
    var found = 0;
    foreach (var target in chosen)
    {
        using var campaign = new Campaign(target, options, Console.Out);
        var result = await campaign.RunAsync(Seeds.For(target, repository));
        var first = result.FirstFindingAt > 0 ? $", the first after {result.FirstFindingAt} inputs" : string.Empty;
        Console.WriteLine($"{result.Target}: {result.Executions} inputs in {result.Elapsed.TotalSeconds:0} s, {result.Outcomes} distinct outcomes, {result.Edges} edges ({result.SeedEdges} by the seeds), corpus {result.Corpus}, {result.Findings.Count} findings{first}");
        found += result.Findings.Count;
    }

    return found == 0 ? 0 : 1;
});

var worker = new Command("worker", "Runs inputs for the supervisor (internal).") { Hidden = true };
worker.SetAction(_ => Worker.Run());
root.Subcommands.Add(worker);

var folder = new Argument<string>("folder") { Description = "A folder of saved inputs, one subfolder per target (as --out writes them)." };
var replay = new Command("replay", "Runs saved inputs again, in this process, and prints what each does now.") { folder };
replay.SetAction(parse =>
{
    var failures = 0;
    foreach (var target in FuzzTarget.All.Concat(FuzzTarget.SelfChecks))
    {
        var saved = Path.Combine(parse.GetValue(folder)!, target.Name);
        foreach (var file in Directory.Exists(saved) ? Directory.EnumerateFiles(saved, "*" + target.Extension).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
        {
            var outcome = Worker.Describe(target, File.ReadAllBytes(file));
            failures += outcome.StartsWith("ok ", StringComparison.Ordinal) ? 0 : 1;
            Console.WriteLine($"{target.Name} {Path.GetFileName(file)}: {outcome}");
        }
    }

    return failures == 0 ? 0 : 1;
});
root.Subcommands.Add(replay);

var saved = new Argument<string>("file") { Description = "A saved input that crashes, hangs or blows the memory ceiling." };
var savedTarget = new Option<string>("--target") { Description = "The target it was found for (txt, pdf, xml, html, docx, query).", Required = true };
var minimise = new Command("minimise", "Cuts a saved finding down to the smallest input that still fails the same way, written beside it as NAME.min.EXT.") { saved, savedTarget, timeout, memory };
minimise.SetAction(async (parse, ct) =>
{
    var target = FuzzTarget.Named(parse.GetValue(savedTarget)!);
    var file = parse.GetValue(saved)!;
    var input = await File.ReadAllBytesAsync(file, ct);
    // Not instrumented: coverage plays no part in telling whether a cut input still fails.
    var options = new FuzzOptions(TimeSpan.Zero, TimeSpan.FromMilliseconds(parse.GetValue(timeout)), parse.GetValue(memory) * 1024L * 1024, Path.GetTempPath(), 0) { Guide = Guide.None };
    using var campaign = new Campaign(target, options, Console.Out);
    var smallest = await campaign.MinimiseAsync(input);
    if (smallest is null)
    {
        Console.Error.WriteLine($"error: {file} does not fail as the {target.Name} target now; nothing to minimise");
        return 1;
    }

    var written = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, Path.GetFileNameWithoutExtension(file) + ".min" + target.Extension);
    await File.WriteAllBytesAsync(written, smallest, ct);
    Console.WriteLine($"{file}: {input.Length} bytes -> {smallest.Length} bytes: {written}");
    return 0;
});
root.Subcommands.Add(minimise);

var parsed = root.Parse(args);
foreach (var error in parsed.Errors)
{
    Console.Error.WriteLine($"error: {error.Message}");
}

return parsed.Errors.Count > 0 ? 2 : await parsed.InvokeAsync();
