namespace Mandaat.Fuzz;

/// <summary>
/// What a campaign has covered so far, by AFL's rule: an edge counts once per bucket of hit counts (1, 2, 3, 4–7,
/// 8–15, 16–31, 32–127, 128 and more), so an input is new when it takes an edge never taken before or takes one a
/// different number of times (a loop run longer, a nesting one deeper). Such an input joins the corpus.
/// </summary>
public sealed class CoverageTracker
{
    private static readonly byte[] Buckets = BuildBuckets();

    private readonly byte[] _seen = new byte[CoverageMap.Size];

    /// <summary>Distinct edges taken by any input so far.</summary>
    public int Edges { get; private set; }

    /// <summary>Adds one input's hits; true when they took an edge, or an edge's count bucket, not seen before.</summary>
    public bool Add(ReadOnlySpan<byte> hits)
    {
        var isNew = false;
        for (var i = 0; i < hits.Length; i++)
        {
            if (hits[i] == 0)
            {
                continue;
            }

            var bucket = Buckets[hits[i]];
            if ((_seen[i] & bucket) != 0)
            {
                continue;
            }

            Edges += _seen[i] == 0 ? 1 : 0;
            _seen[i] |= bucket;
            isNew = true;
        }

        return isNew;
    }

    private static byte[] BuildBuckets()
    {
        var buckets = new byte[256];
        for (var count = 1; count < 256; count++)
        {
            buckets[count] = count switch
            {
                1 => 1,
                2 => 2,
                3 => 4,
                < 8 => 8,
                < 16 => 16,
                < 32 => 32,
                < 128 => 64,
                _ => 128,
            };
        }

        return buckets;
    }
}
