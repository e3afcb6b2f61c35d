using System.Diagnostics;
using Mandaat.Store;

namespace Mandaat.Import;

/// <summary>The counts, failures and warnings of one import over all its sources, reported as progress after each paper.</summary>
public sealed class ImportTally(IProgress<ImportProgress>? progress)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<ImportFailure> _failed = [];
    private readonly List<ImportWarning> _warnings = [];
    private int _seen, _fetched, _new, _updated, _unchanged, _removed, _commitments;

    /// <summary>
    /// The import loop every source runs: each selection in turn through the source's own paging (an OData listing
    /// with next links, an SRU search by offset), then the report of all of them.
    /// </summary>
    public async Task<ImportReport> EachAsync<T>(IEnumerable<T> selections, Func<T, CancellationToken, Task> import, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selections);
        ArgumentNullException.ThrowIfNull(import);
        foreach (var selection in selections)
        {
            await import(selection, cancellationToken);
        }

        return Build();
    }

    /// <summary>
    /// One listed paper of a source: counted as seen, a failure of the source or the store recorded against its id
    /// (the import goes on with the next paper), and progress reported after it whatever happened.
    /// </summary>
    public async Task PaperAsync(string source, string id, Func<Task> import)
    {
        ArgumentNullException.ThrowIfNull(import);
        Seen();
        try
        {
            await import();
        }
        catch (SourceException ex)
        {
            Fail(source, id, ex.Message);
        }
        catch (StoreException ex)
        {
            Fail(source, id, ex.Message);
        }
        finally
        {
            Report();
        }
    }

    public void Seen() => _seen++;

    public void Fetched() => _fetched++;

    public void Unchanged() => _unchanged++;

    /// <summary>Counts a stored paper whose official metadata changed (its file did not): updated.</summary>
    public void MetadataUpdated() => _updated++;

    /// <summary>Counts a paper removed because its source deleted it.</summary>
    public void Removed() => _removed++;

    /// <summary>Counts an official commitment stored or updated.</summary>
    public void Commitment() => _commitments++;

    /// <summary>Counts a save, and warns where the text disagrees with the source's metadata.</summary>
    public void Saved(string source, SaveResult saved, OfficialRecord official)
    {
        ArgumentNullException.ThrowIfNull(saved);
        _ = saved.Status switch
        {
            SaveStatus.Inserted => _new++,
            SaveStatus.Updated => _updated++,
            _ => _unchanged++,
        };
        foreach (var warning in IdentificationWarning.OfficialDisagreements(official))
        {
            _warnings.Add(new ImportWarning(source, saved.Id, warning.Message));
        }
    }

    public void Fail(string source, string id, string reason) => _failed.Add(new ImportFailure(source, id, reason));

    public void Warn(string source, string id, string message) => _warnings.Add(new ImportWarning(source, id, message));

    public void Report() => progress?.Report(new ImportProgress(_seen, _fetched, _new, _updated, _unchanged, _failed.Count, _clock.Elapsed));

    public ImportReport Build() => new(_fetched, _new, _updated, _unchanged, [.. _failed], [.. _warnings]) { Removed = _removed, Commitments = _commitments };
}
