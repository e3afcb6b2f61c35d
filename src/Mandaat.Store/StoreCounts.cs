namespace Mandaat.Store;

/// <summary>How much a store holds; used by overviews and to compare two stores.</summary>
public sealed record StoreCounts(int Documents, int Sections, int Paragraphs, int Facts, int Questions);
