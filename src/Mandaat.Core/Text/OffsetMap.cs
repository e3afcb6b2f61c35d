namespace Mandaat.Core.Text;

/// <summary>
/// Maps offsets in a normalised text back to the source text it was made from. The normaliser
/// records one anchor per copied run: normalised offset N corresponds to source offset S, and
/// characters after N in the same run follow one to one.
/// </summary>
public sealed class OffsetMap
{
    private readonly List<int> _normalized = [];
    private readonly List<int> _source = [];

    /// <summary>Records that the run starting at <paramref name="normalizedOffset"/> was copied from <paramref name="sourceOffset"/>.</summary>
    public void Add(int normalizedOffset, int sourceOffset)
    {
        if (_normalized.Count > 0 && normalizedOffset < _normalized[^1])
        {
            throw new ArgumentException("Anchors must be added in increasing normalised order.", nameof(normalizedOffset));
        }

        _normalized.Add(normalizedOffset);
        _source.Add(sourceOffset);
    }

    public int Count => _normalized.Count;

    /// <summary>The source offset of a normalised offset (binary search over the anchors).</summary>
    public int ToSource(int normalizedOffset)
    {
        if (_normalized.Count == 0)
        {
            return normalizedOffset;
        }

        var index = _normalized.BinarySearch(normalizedOffset);
        if (index < 0)
        {
            index = Math.Max(0, ~index - 1);
        }

        return _source[index] + (normalizedOffset - _normalized[index]);
    }

    /// <summary>A map where both texts are the same.</summary>
    public static OffsetMap Identity()
    {
        var map = new OffsetMap();
        map.Add(0, 0);
        return map;
    }
}
