namespace Mandaat.Store;

/// <summary>A fact as stored: its type, quote and citation span for queries, and its full JSON (FactJson) as written.</summary>
public sealed record StoredFact(string Type, string Quote, int Start, int End, int? Page, string Body);
