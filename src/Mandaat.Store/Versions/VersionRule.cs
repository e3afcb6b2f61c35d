using System.Text;

namespace Mandaat.Store.Versions;

/// <summary>
/// Whether a file that identifies as a paper already stored (same id, other bytes) is a new version of it or
/// another rendition of the same version. An official source decides by its own revision. Without one, a file
/// of another format (the PDF beside the XML) is a rendition, since formats differ in page furniture; a file
/// of the same format whose words differ is a new version (a corrected text), one whose words are the same
/// (other whitespace, other metadata bytes) a rendition.
/// </summary>
public static class VersionRule
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

        return string.Equals(current.Format, incoming.Text.Source.Format, StringComparison.Ordinal)
            && !string.Equals(Words(current.Text), Words(incoming.Text.Text), StringComparison.Ordinal);
    }

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
public sealed record StoredCurrent(string Text, string Format, int Version, string? Official);
