namespace Mandaat.Bench;

/// <summary>A generated corpus: its folder, its files in order and their total size in bytes.</summary>
public sealed record Corpus(string Folder, IReadOnlyList<string> Files, long Bytes)
{
    public double Megabytes => Bytes / (1024.0 * 1024.0);
}
