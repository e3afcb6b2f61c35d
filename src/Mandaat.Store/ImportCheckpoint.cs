namespace Mandaat.Store;

/// <summary>Where an import selection stopped (its own JSON): what <c>copy</c> carries so the copy imports on where the original would.</summary>
public sealed record ImportCheckpoint(string Selection, string State);
