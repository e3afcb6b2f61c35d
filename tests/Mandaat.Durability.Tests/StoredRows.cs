namespace Mandaat.Durability.Tests;

/// <summary>How many rows of each kind a store holds: two stores of the same documents hold the same numbers, one doubled or cut short does not.</summary>
public sealed record StoredRows(long Documents, long Sources, long Sections, long Paragraphs, long Facts, long Questions, long Signatories, long SearchUnits);
