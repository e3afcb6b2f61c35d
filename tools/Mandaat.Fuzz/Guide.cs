namespace Mandaat.Fuzz;

/// <summary>What makes a mutated input worth keeping in the corpus.</summary>
public enum Guide
{
    /// <summary>It took an edge, or an edge's hit-count bucket, no input took before (SharpFuzz instrumentation).</summary>
    Coverage,

    /// <summary>Its outcome's signature was new (<see cref="FuzzTarget"/>): the harness's guidance before coverage.</summary>
    Outcome,

    /// <summary>Nothing: every input is a mutation of a seed. The baseline the other two are measured against.</summary>
    None,
}
