using CsvHelper;

namespace Mandaat.Register.Export;

/// <summary>Writes rows as CSV with a header row; quoting (RFC 4180) is CsvHelper's, not ours.</summary>
public static class CsvTable
{
    public static void Write<T>(TextWriter writer, IEnumerable<T> rows)
        where T : ICsvRow<T>
    {
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, true);
        csv.WriteHeader(T.Header.ToArray());
        foreach (var row in rows)
        {
            csv.WriteRecord(row.Fields().Select(f => f ?? string.Empty).ToArray());
        }

        csv.Flush();
    }

    /// <summary>Writes rows as they come (the facts export reads one document at a time), flushing each batch to the writer.</summary>
    public static async Task WriteAsync<T>(TextWriter writer, IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
        where T : ICsvRow<T>
    {
        await using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, true);
        csv.WriteHeader(T.Header.ToArray());
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            csv.WriteRecord(row.Fields().Select(f => f ?? string.Empty).ToArray());
        }

        await csv.FlushAsync(cancellationToken);
    }
}
