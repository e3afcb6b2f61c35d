using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>The kind of a paper and where in the normalised text the deciding words stand, if anywhere.</summary>
internal sealed record KindDecision(string Kind, TextSpan? Evidence);
