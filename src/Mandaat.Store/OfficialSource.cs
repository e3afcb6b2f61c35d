namespace Mandaat.Store;

/// <summary>
/// A source's paper as the store last stored it: which revision, under which id, from which bytes. Written in
/// the transaction that stores the paper, so an import that was killed refetches exactly what was not stored.
/// </summary>
public sealed record OfficialSource(string Source, string SourceId, string Revision, string DocumentId, string ContentHash);
