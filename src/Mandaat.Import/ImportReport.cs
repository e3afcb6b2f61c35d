namespace Mandaat.Import;

/// <summary>The outcome of one import: the <c>--json</c> shape of CLI.md, plus warnings about disagreeing metadata.</summary>
public sealed record ImportReport(int Fetched, int New, int Updated, int Unchanged, IReadOnlyList<ImportFailure> Failed, IReadOnlyList<ImportWarning> Warnings)
{
    /// <summary>Papers removed because the source deleted them (<c>--update</c>).</summary>
    public int Removed { get; init; }

    /// <summary>Official commitments (Toezegging) stored or updated.</summary>
    public int Commitments { get; init; }
}

/// <summary>A paper or a listing that could not be imported, and why.</summary>
public sealed record ImportFailure(string Source, string Id, string Reason);

/// <summary>Something a reader should know about an imported paper, such as its text disagreeing with the official metadata.</summary>
public sealed record ImportWarning(string Source, string Id, string Message);
