using System.Diagnostics;
using Mandaat.Pipeline;

namespace Mandaat.Cli.Output;

/// <summary>
/// Progress for a log rather than a person: when stderr is a file or a pipe a bar cannot redraw itself, so a
/// plain line says how far ingest got, at most once per interval and always at the end. A batch of hours
/// then shows in its log that it is moving, whatever stdout is sent to.
/// </summary>
public sealed class ProgressLines(TextWriter writer, TimeSpan interval) : IProgress<IngestProgress>
{
    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();

    public void Report(IngestProgress value)
    {
        if (value.Done < value.Total && _sinceLast.Elapsed < interval)
        {
            return;
        }

        writer.WriteLine($"ingest: {value.Done} of {value.Total} files done ({Path.GetFileName(value.Path)})");
        _sinceLast.Restart();
    }
}
