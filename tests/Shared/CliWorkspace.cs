namespace Mandaat.Testing;

/// <summary>A temporary working folder with its own SQLite store, removed after the test, where a program (the CLI unless said) runs.</summary>
internal sealed class CliWorkspace(string program = "mandaat.dll") : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("mandaat-cli-").FullName;

    public string Database => Path.Combine(Folder, "mandaat.db");

    /// <summary>Settings of the program's environment beside MANDAAT_DB (this workspace's store) and MANDAAT_HOME.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>A command the program is started through, with its arguments; none by default.</summary>
    public IReadOnlyList<string> Launcher { get; set; } = [];

    public CliRun Run(params string[] args) => CliRun.StartWith(Launcher, program, Folder, Database, Environment, args);

    public string Write(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
