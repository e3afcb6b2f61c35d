using System.Text.Json.Nodes;

namespace Mandaat.Evaluation.Specification;

/// <summary>
/// One row of the extraction specification: a phrase of the record, the facts of one type a reader
/// finds in it (only the fields that matter, in the gold form), and whether Mandaat finds exactly them.
/// </summary>
/// <param name="Type">The fact type, from the table's file name.</param>
/// <param name="Phrase">The text given to the whole pipeline as a document of its own.</param>
/// <param name="Expected">The facts of <paramref name="Type"/> the phrase states; empty when it states none.</param>
/// <param name="Holds">False for a known gap: the row documents what Mandaat does not understand yet.</param>
/// <param name="Source">Where the phrase was read: a corpus document's name, or a note.</param>
/// <param name="Location">File and line, for messages.</param>
public sealed record SpecificationRow(
    string Type,
    string Phrase,
    IReadOnlyList<JsonObject> Expected,
    bool Holds,
    string Source,
    string Location);
