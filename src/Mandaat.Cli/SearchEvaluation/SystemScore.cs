namespace Mandaat.Cli.SearchEvaluation;

/// <summary>One system's figures over a relevance set, or why it was not measured (<see cref="Skipped"/>).</summary>
public sealed record SystemScore(string System, string Description, double? NdcgAt10, double? Mrr, string? Skipped, IReadOnlyList<QueryScore> Queries)
{
    public static SystemScore SkippedBecause(string system, string description, string reason) => new(system, description, null, null, reason, []);
}

/// <summary>One query's figures for one system, with the ids and grades of what it returned (0 for unjudged documents).</summary>
public sealed record QueryScore(string Query, double NdcgAt10, double ReciprocalRank, IReadOnlyList<int> Grades, IReadOnlyList<string> Ids);
