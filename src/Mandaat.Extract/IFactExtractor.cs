using Mandaat.Core.Facts;

namespace Mandaat.Extract;

/// <summary>Finds the facts of one type (or a few related types) in a document. Stateless; never throws on odd text.</summary>
public interface IFactExtractor
{
    IEnumerable<Fact> Extract(ExtractionContext context);
}
