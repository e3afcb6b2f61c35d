using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Mandaat.RegisterCost;

/// <summary>
/// Writes <c>n</c> documents made from the real papers of tests/data (realworld and heldout), each copy a paper
/// of its own: its number in its head and footers replaced by one of the copy's, and a last line naming the copy,
/// so no copy is a rendition or the same content as another. The papers' words, missions and facts stay real.
/// </summary>
public static partial class CopiedCorpus
{
    private static readonly string[] Folders = ["realworld", "heldout"];

    public static string Write(string repository, int documents, string root)
    {
        var papers = Folders
            .SelectMany(f => Directory.GetFiles(Path.Combine(repository, "tests", "data", f), "*.txt"))
            .Order(StringComparer.Ordinal).ToArray();
        var folder = Directory.CreateDirectory(Path.Combine(root, $"corpus-{documents}")).FullName;
        for (var i = 0; i < documents; i++)
        {
            var paper = papers[i % papers.Length];
            var number = (10000 + i).ToString(CultureInfo.InvariantCulture);
            var text = Number().Replace(File.ReadAllText(paper), m => m.Groups["head"].Value + number);
            File.WriteAllText(Path.Combine(folder, $"{i:D6}_{Path.GetFileName(paper)}"), $"{text}\n\nKopie {i}.\n", Encoding.UTF8);
        }

        return folder;
    }

    // "nr. 607" in footers ("Tweede Kamer, vergaderjaar 2016–2017, 27 925, nr. 607") and "Nr. 607" heading a Kamerstuk.
    [GeneratedRegex(@"(?<head>\b[Nn]r\.[ \t]*)\d{1,5}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
