namespace Mandaat.Fuzz;

/// <summary>What a campaign did: inputs run, distinct outcomes seen, corpus size and the findings.</summary>
public sealed record CampaignResult(string Target, int Executions, int Outcomes, int Corpus, TimeSpan Elapsed, IReadOnlyList<Finding> Findings);
