using System.Globalization;
using System.Text;
using Mandaat.Store.Indexing;

namespace Mandaat.Store.Postgres.Search;

/// <summary>
/// A passage's analysed terms as tsvector input text, so PostgreSQL indexes exactly the terms SQLite does: each
/// term of the body at its position with weight A, the compound parts after them with weight B (FTS5's second
/// column; ranking weighs them 0.5 as SQLite does). Lexemes are quoted, so a term is never tsvector syntax.
/// </summary>
internal static class TsVectorText
{
    /// <summary>PostgreSQL keeps positions up to this; later ones are set to it.</summary>
    private const int MaxPosition = 16383;

    /// <summary>PostgreSQL keeps at most this many positions per lexeme.</summary>
    private const int MaxPositions = 256;

    public const char BodyWeight = 'A';
    public const char PartsWeight = 'B';

    public static string Of(AnalyzedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var positions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var position = 0;
        Add(unit.Body, BodyWeight);
        Add(unit.Parts, PartsWeight);
        var text = new StringBuilder();
        foreach (var (lexeme, at) in positions)
        {
            text.Append(Quote(lexeme)).Append(':').AppendJoin(',', at).Append(' ');
        }

        return text.ToString();

        void Add(string terms, char weight)
        {
            foreach (var term in terms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                position = Math.Min(position + 1, MaxPosition);
                if (!positions.TryGetValue(term, out var at))
                {
                    positions[term] = at = [];
                }

                if (at.Count < MaxPositions)
                {
                    at.Add(position.ToString(CultureInfo.InvariantCulture) + weight);
                }
            }
        }
    }

    /// <summary>A lexeme quoted for tsvector and tsquery input: in single quotes, a quote doubled, a backslash escaped.</summary>
    public static string Quote(string lexeme) =>
        "'" + lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
