namespace Mandaat.Register.Export;

/// <summary>A row type of a CSV export: its header and its fields in the same order.</summary>
public interface ICsvRow<TSelf>
    where TSelf : ICsvRow<TSelf>
{
    static abstract IReadOnlyList<string> Header { get; }

    IReadOnlyList<string?> Fields();
}
