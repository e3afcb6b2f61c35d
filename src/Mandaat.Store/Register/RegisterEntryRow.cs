namespace Mandaat.Store.Register;

/// <summary>One stored register entry: the document it was made from, the projection version it was made under, its JSON.</summary>
public sealed record RegisterEntryRow(string DocumentId, string Version, string Entry);
