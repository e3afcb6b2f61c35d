namespace Mandaat.Evaluation;

/// <summary>Counts for one fact type, summed over documents; precision, recall and F1 follow from them.</summary>
public sealed record TypeScore(int TruePositives, int FalsePositives, int FalseNegatives, int Gold)
{
    public static TypeScore Zero { get; } = new(0, 0, 0, 0);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Predicted => TruePositives + FalsePositives;

    public TypeScore Add(TypeScore other) => new(
        TruePositives + other.TruePositives,
        FalsePositives + other.FalsePositives,
        FalseNegatives + other.FalseNegatives,
        Gold + other.Gold);

    // Nothing to find and nothing found is perfect; anything else over an empty denominator is zero.
    private double Ratio(int numerator, int denominator) =>
        denominator == 0 ? (TruePositives + FalsePositives + FalseNegatives == 0 ? 1 : 0) : (double)numerator / denominator;
}
