using Mandaat.Core.Facts;

namespace Mandaat.Web.Pages.Dutch;

/// <summary>What a fact states, in Dutch, for the list beside the text: "450 militairen", "€ 12,5 miljoen", "4 × F-16".</summary>
public static class FactValues
{
    public static string Describe(Fact fact) => fact switch
    {
        MoneyFact m => Join(m.Qualifier, Format.Euro(m.Amount)),
        PersonnelFact p => Join(p.Qualifier, p.MaxCount is { } max ? $"{Format.Number(p.Count)} tot {Format.Count(max, "militair", "militairen")}" : Format.Count(p.Count, "militair", "militairen")),
        AssetFact a => $"{Format.Number(a.Count)} × {a.Asset}",
        PeriodFact p => Period(p),
        ReferenceFact r => r.Dossier is not null ? $"Kamerstuk {r.Dossier}{(r.Number is null ? null : " nr. " + r.Number)}" : r.DocumentId ?? string.Empty,
        QaFact q => $"vraag {q.Number}" + (q.RefersTo.Count > 0 ? $" (zie vraag {string.Join(", ", q.RefersTo)})" : null),
        CommitmentFact c => c.Made is { } made ? $"toegezegd op {Format.Date(made)}" : "toezegging",
        SignatoryFact s => $"{s.Name}, {s.Office}",
        SectionFact s => s.Heading,
        DocumentFact d => Labels.Kind(d.Kind) + (d.Dossier is null ? null : $", Kamerstuk {d.Dossier}{(d.Number is null ? null : " nr. " + d.Number)}") + (d.Date is { } date ? ", " + Format.Date(date) : null),
        LegalBasisFact => "rechtsgrond van de inzet",
        _ => string.Empty,
    };

    private static string Period(PeriodFact p)
    {
        if (p.Start is not null || p.End is not null)
        {
            return p.Start is null ? $"tot {Format.Date(p.End)}" : p.End is null ? $"vanaf {Format.Date(p.Start)}" : $"{Format.Date(p.Start)} – {Format.Date(p.End)}";
        }

        return p.Months is { } months ? Format.Count(months, "maand", "maanden") : p.Days is { } days ? Format.Count(days, "dag", "dagen") : "periode";
    }

    private static string Join(string? qualifier, string value) => qualifier is null ? value : $"{qualifier} {value}";
}
