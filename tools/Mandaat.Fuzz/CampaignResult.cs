namespace Mandaat.Fuzz;

/// <summary>
/// What a campaign did: inputs run, distinct outcomes seen, edges covered (by the seeds alone, and in all), corpus
/// size, the findings, and after how many inputs the first was found (0: none).
/// </summary>
public sealed record CampaignResult(string Target, long Executions, int Outcomes, int SeedEdges, int Edges, int Corpus, TimeSpan Elapsed, IReadOnlyList<Finding> Findings, long FirstFindingAt);
