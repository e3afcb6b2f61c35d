namespace Mandaat.Register.Materialised;

/// <summary>What <c>reindex</c> did to the register: documents with an entry, entries made from their text, missions with a snapshot.</summary>
public sealed record RegisterRebuild(int Documents, int EntriesMade, int Missions);
