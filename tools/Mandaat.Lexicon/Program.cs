using System.CommandLine;
using System.Globalization;
using Mandaat.Core.Limits;
using Mandaat.Normalize;
using Mandaat.Readers;
using Mandaat.Search.Analysis;

// Counts the words of every readable file under the given folders and writes the table
// src/Mandaat.Search/Analysis/WordFrequencies.txt is made of. Run again when the development corpus grows:
//   dotnet run --project tools/Mandaat.Lexicon -- --out src/Mandaat.Search/Analysis/WordFrequencies.txt samples tests/data/...
var folders = new Argument<string[]>("folders") { Description = "Folders of real documents, read recursively.", Arity = ArgumentArity.OneOrMore };
var output = new Option<string>("--out") { Description = "The table to write.", Required = true };
var minimumCount = new Option<int>("--min-count") { Description = "Words seen fewer times are left out (default 2).", DefaultValueFactory = _ => 2 };
var root = new RootCommand("Learn the word-frequency table for compound splitting from real documents.") { folders, output, minimumCount };
root.SetAction(parse =>
{
    var readers = ReaderRegistry.Within(DocumentLimits.Default);
    var normalizer = new KamerstukNormalizer();
    var counts = new WordCounts();
    var roots = parse.GetValue(folders)!;
    foreach (var file in roots.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
    {
        if (readers.Read(file) is { Succeeded: true } read)
        {
            counts.Add(normalizer.Normalize(read.Value).Text);
        }
    }

    var table = counts.Frequent(parse.GetValue(minimumCount), minimumLength: 4);
    var lines = new List<string>
    {
        "# Word frequencies for compound splitting (LearnedCompoundSplitter): folded words of 4+ letters and their counts.",
        $"# Learned by tools/Mandaat.Lexicon from {counts.Texts} real documents under: {string.Join(", ", roots.Select(r => r.Replace('\\', '/')))}",
        $"# (public Kamerstukken; provenance in the folders' PROVENANCE.tsv and README.md files). Words seen fewer than {parse.GetValue(minimumCount)} times are left out.",
    };
    lines.AddRange(table.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Key}\t{w.Value}")));
    File.WriteAllLines(parse.GetValue(output)!, lines);
    Console.WriteLine($"{table.Count} words from {counts.Texts} documents written to {parse.GetValue(output)}");
    return 0;
});
return await root.Parse(args).InvokeAsync();
