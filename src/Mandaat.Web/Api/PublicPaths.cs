using Mandaat.Store;

namespace Mandaat.Web.Api;

/// <summary>
/// The API shows a document's file by its name only: where the server keeps its files (an upload's temporary
/// folder, an operator's disk layout) is none of a client's business and helps an attacker.
/// </summary>
public static class PublicPaths
{
    public static string FileName(string path) => Path.GetFileName(path.Replace('\\', '/'));

    /// <summary>A message with the server's folder taken out (a reader's error names the file it read).</summary>
    public static string Hide(string message, string folder) =>
        message.Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace(folder, string.Empty, StringComparison.Ordinal);

    public static DocumentSummary Summary(DocumentSummary d) => d with { Path = FileName(d.Path) };

    public static DocumentDetail Detail(DocumentDetail d) => d with
    {
        Summary = Summary(d.Summary),
        Versions = d.Versions.Select(v => v with { Path = FileName(v.Path) }).ToList(),
    };
}
