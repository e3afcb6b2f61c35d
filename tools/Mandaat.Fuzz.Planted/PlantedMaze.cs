namespace Mandaat.Fuzz.Planted;

/// <summary>
/// A bug planted behind four nested comparisons, the fuzzer's check on its own guidance (target <c>self-maze</c>):
/// the low four bits of each of the first four bytes must be 0xA. Every input answers alike until all four match,
/// so nothing but coverage can lead a fuzzer there: each matching byte takes a new branch, the input joins the
/// corpus, and the next byte is one mutation away (one in a few hundred). Blind mutation of the seed needs all four
/// at once, about one input in 10^10.
/// </summary>
public static class PlantedMaze
{
    private const int Mark = 0xA;

    public static string Walk(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Length >= 4 && (input[0] & 0xF) == Mark)
        {
            if ((input[1] & 0xF) == Mark)
            {
                if ((input[2] & 0xF) == Mark)
                {
                    if ((input[3] & 0xF) == Mark)
                    {
                        throw new InvalidOperationException("the planted bug at the end of the maze");
                    }
                }
            }
        }

        return "ok";
    }
}
