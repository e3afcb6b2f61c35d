using System.Text;
using System.Text.RegularExpressions;

namespace Mandaat.Store.Versions;

/// <summary>
/// Whether a file that identifies as a paper already stored (same id, other bytes) is a new version of it or
/// another rendition of the same version. An official source decides by its own revision. Without one, a file
/// of another format (the PDF beside the XML) is a rendition, since formats differ in page furniture; so is a
/// text of the same format whose words are the same (other whitespace, other metadata bytes). Words that differ
/// make a new version only when the file is the one read before, changed (the same file name), or announces
/// itself as a reprint or correction ("herdruk", "rectificatie"): copies of one paper from different sites
/// (KOOP, the Tweede Kamer, a monitor) differ in their furniture too, and in one ingest of the real-world corpus
/// five such copies were taken for revisions before this rule. A file its uploader calls a revision
/// (<see cref="ProcessedDocument.Revision"/>) is a new version whenever its words differ, whatever its name or format.
/// </summary>
public static partial class VersionRule
{
    public static bool IsNewVersion(StoredCurrent current, ProcessedDocument incoming)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(incoming);
        if (incoming.Official is { } official && StoredJson.Official(current.Official) is { } stored
            && stored.Source == official.Source && stored.SourceId == official.SourceId)
        {
            return stored.Revision != official.Revision;
        }

        if (incoming.Revision)
        {
            // Said to be a revision: other words are a new version, the same words (another rendition) are not.
            return !string.Equals(Words(current.Text), Words(incoming.Text.Text), StringComparison.Ordinal);
        }

        if (!string.Equals(current.Format, incoming.Text.Source.Format, StringComparison.Ordinal))
        {
            return false;
        }

        var before = Words(current.Text);
        var after = Words(incoming.Text.Text);
        return !string.Equals(before, after, StringComparison.Ordinal)
            && (current.FileNames.Contains(Path.GetFileName(incoming.Path), StringComparer.Ordinal) || AnnouncesRevision(after) && !AnnouncesRevision(before));
    }

    private static bool AnnouncesRevision(string words) => Revision().IsMatch(words);

    // Over Words(): lower case, letters and digits only, so a word boundary is a space or an end.
    [GeneratedRegex(@"\b(?:herdruk|rectificatie)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Revision();

    /// <summary>The text's words, lower case, one space between: what a reader would call the same text.</summary>
    public static string Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new StringBuilder(text.Length);
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && words.Length > 0)
                {
                    words.Append(' ');
                }

                words.Append(char.ToLowerInvariant(c));
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return words.ToString();
    }
}

/// <summary>What the rule needs of the stored current version.</summary>
/// <param name="FileNames">The file names of the paper's stored renditions: a changed file of one of these names is a revision.</param>
/// <param name="Path">The file the current text was read from.</param>
public sealed record StoredCurrent(string Text, string Format, int Version, string? Official, IReadOnlyList<string> FileNames, string Path);
