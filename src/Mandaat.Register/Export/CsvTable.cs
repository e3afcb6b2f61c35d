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
}
