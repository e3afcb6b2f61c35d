using System.Diagnostics;
using Xunit.Abstractions;

namespace Mandaat.Durability.Tests;

/// <summary>
/// A store whose disk fills during an ingest: every file that could not be stored is reported with a clear reason
/// (no "unexpected failure", no stack trace), the run exits 1, the store passes every integrity check and still
/// answers, and once there is room the same ingest completes it exactly. Two ways to fill a disk: a small tmpfs
/// (a real full file system, where the test may mount one) and a file-size limit (ulimit -f, anywhere).
/// </summary>
[Collection(DurabilitySuite.Name)]
public sealed class FullDiskTests(DurabilityCorpus corpus, ITestOutputHelper output) : IDisposable
{
    // The samples take about 1.1 MB; the whole corpus about 5 MB.
    private const int FullAtKilobytes = 2500;

    private readonly CliWorkspace _workspace = new();

    [Fact]
    public async Task On_a_full_tmpfs_the_ingest_reports_each_file_it_could_not_store_and_leaves_the_store_whole()
    {
        var disk = Path.Combine(_workspace.Folder, "disk");
        Directory.CreateDirectory(disk);
        if (!Mount("-t", "tmpfs", "-o", $"size={FullAtKilobytes}k", "tmpfs", disk))
        {
            // Without the right to mount (not root), the file-size limit stands in for the full disk.
            output.WriteLine("mount not permitted here: filling the disk by a file-size limit instead");
            await FillAndRecoverAsync(Path.Combine(disk, "mandaat.db"), FileSizeLimit, () => { });
            return;
        }

        try
        {
            await FillAndRecoverAsync(Path.Combine(disk, "mandaat.db"), [], () => Assert.True(Mount("-o", "remount,size=64m", disk), "remount failed"));
        }
        finally
        {
            Mount("-u", disk);
        }
    }

    [Fact]
    public Task Past_a_file_size_limit_the_ingest_reports_each_file_it_could_not_store_and_leaves_the_store_whole() =>
        FillAndRecoverAsync(_workspace.Database, FileSizeLimit, () => { });

    public void Dispose() => _workspace.Dispose();

    // SIGXFSZ would kill the process; ignored, the write fails with EFBIG and SQLite reports it. The runtime's
    // W^X double mapping sizes a memory file, which the limit would also refuse: it is turned off for this run.
    private static IReadOnlyList<string> FileSizeLimit =>
        ["env", "DOTNET_EnableWriteXorExecute=0", "bash", "-c", $"trap '' XFSZ; ulimit -f {FullAtKilobytes}; exec \"$@\"", "bash"];

    private async Task FillAndRecoverAsync(string database, IReadOnlyList<string> whileFull, Action makeRoom)
    {
        var first = _workspace.Run("--db", database, "ingest", RepoPaths.Samples);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var samples = await StoreChecks.SqliteAsync(database);

        _workspace.Launcher = whileFull;
        var full = _workspace.Run("--db", database, "ingest", DurabilityCorpus.RealWorld, "--json");
        _workspace.Launcher = [];

        Assert.True(full.ExitCode == 1, $"exit {full.ExitCode}: {full.Stderr}");
        Assert.DoesNotContain("unexpected failure", full.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", full.Stderr, StringComparison.Ordinal);
        var failed = full.Json.GetProperty("failed").EnumerateArray().Select(f => f.GetProperty("error").GetString()!).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, error => Assert.True(
            error.Contains("is full", StringComparison.Ordinal) || error.Contains("check the disk", StringComparison.Ordinal),
            error));
        output.WriteLine($"while full: {full.Json.GetProperty("ingested").GetArrayLength()} ingested, {failed.Count} failed: {failed[0]}");

        var rows = await StoreChecks.SqliteAsync(database);
        Assert.True(rows.Documents >= samples.Documents, $"documents went from {samples.Documents} to {rows.Documents}");
        Assert.True(rows.Documents < corpus.Counts.Documents, "the disk never filled: the test proves nothing");
        var search = _workspace.Run("--db", database, "search", "Erbil", "--json");
        Assert.True(search.ExitCode == 0, "search on the store left by the full disk: " + search.Stderr);

        makeRoom();
        var rerun = _workspace.Run("--db", database, "ingest", RepoPaths.Samples, DurabilityCorpus.RealWorld, "--json");

        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        Assert.Equal(corpus.Ids, DurabilityCorpus.StoreIds(_workspace, database));
        var completed = await StoreChecks.SqliteAsync(database);
        Assert.True(corpus.Counts == completed, $"after the rerun {completed}, one uninterrupted ingest {corpus.Counts}");
    }

    private static bool Mount(params string[] args)
    {
        var info = new ProcessStartInfo(args[0] == "-u" ? "umount" : "mount") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args[0] == "-u" ? args[1..] : args)
        {
            info.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(info)!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
