using System.Text.Json;

namespace Mandaat.Dutch.Tests;

/// <summary>The annotated facts of the repository's real samples (samples/*.jsonl), for scanning tests.</summary>
internal static class GoldSamples
{
    private static readonly string Folder = FindSamples();

    /// <summary>Every gold item of a type, with the letter date of its document (null when the letter prints none).</summary>
    public static IEnumerable<(JsonElement Item, DateOnly? LetterDate, string Sample)> Items(string type)
    {
        foreach (var file in Directory.GetFiles(Folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var items = File.ReadLines(file)
                .Where(line => line.Length > 0)
                .Select(line => JsonDocument.Parse(line).RootElement)
                .ToList();
            var letterDate = items
                .Where(i => i.GetProperty("type").GetString() == "document")
                .Select(i => i.GetProperty("date").GetString())
                .Select(d => d is null ? (DateOnly?)null : DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture))
                .FirstOrDefault();
            foreach (var item in items.Where(i => i.GetProperty("type").GetString() == type))
            {
                yield return (item, letterDate, Path.GetFileNameWithoutExtension(file));
            }
        }
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mandaat.slnx")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }

        throw new InvalidOperationException("Mandaat.slnx not found above " + AppContext.BaseDirectory);
    }
}
