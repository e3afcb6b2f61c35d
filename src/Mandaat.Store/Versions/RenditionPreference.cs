namespace Mandaat.Store.Versions;

/// <summary>
/// Which rendition of one version of a paper gives the stored text. Without a rule the first file to arrive
/// would win, so the same files ingested in another order (a batch cut short by a full disk, then run again)
/// would leave another text, other sections and other search units. The order here makes the result the same
/// whatever the arrival: a copy with the source's official record first, then the format that keeps most of
/// the paper's structure (KOOP's XML, then HTML, DOCX, PDF with its page furniture, DOC, plain text), then the
/// file name in ordinal order, which only has to be stable.
/// </summary>
public static class RenditionPreference
{
    private static readonly string[] FormatsBestFirst = ["xml", "html", "docx", "pdf", "doc", "txt"];

    /// <summary>True when the incoming rendition should give the paper's text instead of the stored one.</summary>
    public static bool Prefers(StoredCurrent current, ProcessedDocument incoming)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(incoming);
        var stored = (current.Official is null ? 1 : 0, FormatRank(current.Format), Path.GetFileName(current.Path));
        var candidate = (incoming.Official is null ? 1 : 0, FormatRank(incoming.Text.Source.Format), Path.GetFileName(incoming.Path));
        return Compare(candidate, stored) < 0;
    }

    private static int FormatRank(string format)
    {
        var rank = Array.IndexOf(FormatsBestFirst, format);
        return rank < 0 ? FormatsBestFirst.Length : rank;
    }

    private static int Compare((int Official, int Format, string Name) a, (int Official, int Format, string Name) b)
    {
        var byOfficial = a.Official.CompareTo(b.Official);
        if (byOfficial != 0)
        {
            return byOfficial;
        }

        var byFormat = a.Format.CompareTo(b.Format);
        return byFormat != 0 ? byFormat : string.CompareOrdinal(a.Name, b.Name);
    }
}
