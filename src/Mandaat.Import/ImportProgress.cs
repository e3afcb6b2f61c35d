namespace Mandaat.Import;

/// <summary>Counts so far, reported after each paper: what the progress line shows.</summary>
public sealed record ImportProgress(int Seen, int Fetched, int New, int Updated, int Unchanged, int Failed, TimeSpan Elapsed)
{
    /// <summary>Papers handled a second.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Seen / Elapsed.TotalSeconds : 0;
}
