namespace Mandaat.Corpus;

/// <summary>A composed corpus: its folder, its files in order, their total size in bytes, and how its vocabulary grew.</summary>
public sealed record ComposedCorpus(string Folder, IReadOnlyList<string> Files, long Bytes, int SourceFiles, VocabularyGrowth Vocabulary)
{
    public double Megabytes => Bytes / (1024.0 * 1024.0);
}
