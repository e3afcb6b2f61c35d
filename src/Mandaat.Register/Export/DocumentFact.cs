using System.Text.Json.Serialization;
using Mandaat.Core.Facts;

namespace Mandaat.Register.Export;

/// <summary>One stored fact with the document it is from: a row of the facts export.</summary>
public sealed record DocumentFact(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("fact")] Fact Fact);
