using System.Text;
using System.Text.Json;

namespace Mandaat.Fuzz;

/// <summary>
/// The corpus each target starts from: the repository's real files of its format (samples, the official fixtures,
/// the real-world set; the smaller ones, so an input runs in milliseconds), the relevance set's queries, and for
/// HTML, of which the repository holds no page, real-world texts in the publication site's page layout.
/// </summary>
public static class Seeds
{
    private const int MaxSeedBytes = 256 * 1024;

    private const int MaxSeeds = 12;

    public static IReadOnlyList<byte[]> For(FuzzTarget target, string root)
    {
        ArgumentNullException.ThrowIfNull(target);
        var data = new[] { Path.Combine(root, "samples"), Path.Combine(root, "tests", "data") };
        if (target.Name.StartsWith("self-", StringComparison.Ordinal))
        {
            return [[0, 0, 0, 0]];
        }

        if (target.Name == "query")
        {
            return Queries(Path.Combine(root, "tests", "data", "search", "relevance.json"));
        }

        var files = data.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*" + target.Extension, SearchOption.AllDirectories))
            .Select(path => new FileInfo(path))
            .Where(file => file.Length is > 0 and <= MaxSeedBytes)
            .OrderBy(file => file.Length)
            .Take(MaxSeeds)
            .Select(file => File.ReadAllBytes(file.FullName))
            .ToList();
        if (target.Name == "html")
        {
            files.AddRange(AsPages(Directory.EnumerateFiles(Path.Combine(root, "tests", "data", "realworld"), "*.txt").Order(StringComparer.Ordinal).Take(4)));
        }

        return files.Count > 0 ? files : throw new InvalidOperationException($"no seed files for {target.Name} under {root}");
    }

    /// <summary>The repository root: MANDAAT_HOME (the launcher sets it), else the folder above with Mandaat.slnx.</summary>
    public static string Root()
    {
        if (Environment.GetEnvironmentVariable("MANDAAT_HOME") is { Length: > 0 } home)
        {
            return home;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mandaat.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository (Mandaat.slnx) was not found; set MANDAAT_HOME");
    }

    private static List<byte[]> Queries(string relevance)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(relevance));
        var queries = json.RootElement.GetProperty("queries").EnumerateArray().Select(q => q.GetProperty("query").GetString()!).ToList();
        queries.AddRange(["\"force protection\" OR KDC-10", "militair* -Mali kind:artikel100", "vraag:(Erbil OR Bagdad) dossier:27925", "van:2020-01-01 tot:2021-12-31 F-16"]);
        return queries.Select(Encoding.UTF8.GetBytes).ToList();
    }

    private static IEnumerable<byte[]> AsPages(IEnumerable<string> texts) =>
        texts.Select(path =>
        {
            var paragraphs = File.ReadAllText(path).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p.Trim())}</p>");
            return Encoding.UTF8.GetBytes($"""
                <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{Path.GetFileNameWithoutExtension(path)}</title>
                <meta name="DC.type" content="Kamerstuk"><meta name="DC.identifier" content="kst-27925-607"></head>
                <body><div id="broodtekst"><h1>Brief</h1>{string.Concat(paragraphs)}</div></body></html>
                """);
        });
}
