namespace Mandaat.Bench;

/// <summary>The size of a SQLite store on disk: its file and the -wal and -shm beside it.</summary>
public static class StoreFiles
{
    public static double Megabytes(string database) =>
        Directory.GetFiles(Path.GetDirectoryName(database)!, Path.GetFileName(database) + "*").Sum(f => new FileInfo(f).Length) / (1024.0 * 1024.0);
}
