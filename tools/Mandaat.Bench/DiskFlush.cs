using System.ComponentModel;
using System.Diagnostics;

namespace Mandaat.Bench;

/// <summary>
/// Writes every dirty page of every file to disk (the system's <c>sync</c>) before a timed ingest. Linux keeps
/// written data in memory and writes it back up to 30 s later, so without this a timed run paid for the
/// writeback of what the steps before it wrote — the generated corpus, the previous run's store — and the
/// 4N run, which starts right after the 4N corpus is written and lasts longer than 30 s, paid for more of
/// it than the N run did.
/// </summary>
internal static class DiskFlush
{
    public static void All()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows has no sync command; its write-back works differently.
        }

        try
        {
            using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false });
            sync?.WaitForExit();
        }
        catch (Win32Exception)
        {
            // No sync on PATH: the run goes on, with the page cache as it is.
        }
    }
}
