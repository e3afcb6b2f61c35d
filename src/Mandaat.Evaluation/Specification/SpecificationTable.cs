using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mandaat.Core;

namespace Mandaat.Evaluation.Specification;

/// <summary>
/// Reads the extraction specification: one Markdown file per fact type, each a table
/// <c>| Phrase | Expected | Holds | Source |</c>. A phrase writes a line break as <c>\n</c> and a bar as
/// <c>\|</c>; Expected is a run of JSON objects, or <c>—</c> for none; Holds is <c>yes</c> or <c>not yet</c>.
/// Markdown keeps the table readable where it is reviewed, which is the point of it.
/// </summary>
public static class SpecificationTable
{
    private const int Columns = 4;

    public static Outcome<IReadOnlyList<SpecificationRow>> ReadFolder(string folder)
    {
        var rows = new List<SpecificationRow>();
        foreach (var path in Directory.GetFiles(folder, "*.md").Where(p => Path.GetFileName(p) != "README.md").Order(StringComparer.Ordinal))
        {
            var read = Read(path);
            if (!read.Succeeded)
            {
                return read;
            }

            rows.AddRange(read.Value);
        }

        return Outcome<IReadOnlyList<SpecificationRow>>.Ok(rows);
    }

    public static Outcome<IReadOnlyList<SpecificationRow>> Read(string path)
    {
        var type = Path.GetFileNameWithoutExtension(path);
        var rows = new List<SpecificationRow>();
        var tableLine = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (!line.StartsWith('|'))
            {
                tableLine = 0;
                continue;
            }

            // The first two lines of a table are its header and the separator under it.
            if (++tableLine <= 2)
            {
                continue;
            }

            var location = $"{Path.GetFileName(path)}:{lineNumber}";
            var cells = Cells(line);
            if (cells.Count != Columns)
            {
                return Fail($"{location}: {cells.Count} cells, expected {Columns} (Phrase | Expected | Holds | Source)");
            }

            var expected = ParseObjects(cells[1]);
            if (expected is null)
            {
                return Fail($"{location}: Expected is neither JSON objects nor —");
            }

            if (cells[2] is not ("yes" or "not yet"))
            {
                return Fail($"{location}: Holds is \"{cells[2]}\", expected yes or not yet");
            }

            rows.Add(new SpecificationRow(type, Unescape(cells[0]), expected, cells[2] == "yes", cells[3], location));
        }

        return Outcome<IReadOnlyList<SpecificationRow>>.Ok(rows);
    }

    private static Outcome<IReadOnlyList<SpecificationRow>> Fail(string message) =>
        Outcome<IReadOnlyList<SpecificationRow>>.Fail(message);

    /// <summary>The cells between the outer bars; an escaped bar stays inside its cell.</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                cell.Append("\\|");
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        if (cell.ToString().Trim().Length > 0)
        {
            cells.Add(cell.ToString().Trim());
        }

        return cells;
    }

    private static string Unescape(string cell) => cell.Replace("\\|", "|", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);

    private static List<JsonObject>? ParseObjects(string cell)
    {
        var objects = new List<JsonObject>();
        if (cell is "—" or "")
        {
            return objects;
        }

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(Unescape(cell)), new JsonReaderOptions { AllowMultipleValues = true });
        try
        {
            while (reader.Read())
            {
                if (JsonNode.Parse(ref reader) is not JsonObject item)
                {
                    return null;
                }

                objects.Add(item);
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return objects;
    }
}
