using System.Runtime.CompilerServices;

// The search tests hold PassageBm25 equal to FTS5's own bm25() on the same rows.
[assembly: InternalsVisibleTo("Mandaat.Search.Tests")]
