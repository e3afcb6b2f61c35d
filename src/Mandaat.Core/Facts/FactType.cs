namespace Mandaat.Core.Facts;

/// <summary>The fact types of FORMAT.md; the strings are the contract's values.</summary>
public static class FactType
{
    public const string Document = "document";
    public const string Signatory = "signatory";
    public const string Section = "section";
    public const string Reference = "reference";
    public const string Money = "money";
    public const string Personnel = "personnel";
    public const string Asset = "asset";
    public const string Period = "period";
    public const string Qa = "qa";
    public const string Commitment = "commitment";
    public const string LegalBasis = "legal_basis";

    public static IReadOnlyList<string> All { get; } =
        [Document, Signatory, Section, Reference, Money, Personnel, Asset, Period, Qa, Commitment, LegalBasis];
}
