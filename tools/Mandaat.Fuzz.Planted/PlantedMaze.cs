namespace Mandaat.Fuzz.Planted;

/// <summary>
/// A bug planted behind three nested byte comparisons, the fuzzer's check on its own guidance (target
/// <c>self-maze</c>). Every input behaves alike from outside (same answer) until all three match, so only coverage
/// can lead a fuzzer there: each matching byte opens a new branch, the input joins the corpus, and the next byte is
/// one mutation away. Blind mutation would need all three at once: far more inputs than a test can run.
/// </summary>
public static class PlantedMaze
{
    public static string Walk(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Length >= 4 && input[0] == (byte)'M')
        {
            if (input[1] == (byte)'a')
            {
                if (input[2] == (byte)'z')
                {
                    throw new InvalidOperationException("the planted bug at the end of the maze");
                }
            }
        }

        return "ok";
    }
}
