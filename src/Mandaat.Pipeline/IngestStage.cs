namespace Mandaat.Pipeline;

/// <summary>The stages an ingest spends its time in, as <see cref="StageClock"/> sums them.</summary>
public enum IngestStage
{
    /// <summary>The file's bytes, its hash looked up in the store, and its text from the reader (PDF, XML, DOCX…).</summary>
    Read,

    Normalize,

    Identify,

    Segment,

    Extract,

    /// <summary>The search passages' terms (folded, stemmed, compounds split), analysed on the workers for the writer.</summary>
    Analyse,

    /// <summary>The store's write: the rows written, the transaction committed.</summary>
    Store,
}
