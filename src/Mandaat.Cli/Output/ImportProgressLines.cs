using System.Diagnostics;
using System.Globalization;
using Mandaat.Import;

namespace Mandaat.Cli.Output;

/// <summary>An import's progress on stderr, a line at most every interval: counts so far and the rate, whatever stdout is.</summary>
public sealed class ImportProgressLines(TextWriter writer, TimeSpan interval) : IProgress<ImportProgress>
{
    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
    private bool _first = true;

    public void Report(ImportProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!_first && _sinceLast.Elapsed < interval)
        {
            return;
        }

        _first = false;
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"import: {value.Seen} papers ({value.Fetched} fetched, {value.New} new, {value.Updated} updated, {value.Unchanged} unchanged, {value.Failed} failed), {value.Rate:0.0}/s"));
        _sinceLast.Restart();
    }
}
