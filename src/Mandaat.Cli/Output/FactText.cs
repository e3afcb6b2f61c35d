using System.Globalization;
using Mandaat.Core.Facts;

namespace Mandaat.Cli.Output;

/// <summary>A fact's value in a few words, for tables.</summary>
public static class FactText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Describe(Fact fact) => fact switch
    {
        DocumentFact d => $"{d.Kind} {d.Dossier ?? "–"} nr. {d.Number ?? "–"} {d.Session ?? ""} {d.Date?.ToString("yyyy-MM-dd") ?? ""}".TrimEnd(),
        SignatoryFact s => $"{s.Name} ({s.Office})",
        SectionFact s => $"{s.Aspect}: {s.Heading}",
        ReferenceFact r => r.DocumentId ?? $"Kamerstuk {r.Dossier}, nr. {r.Number}",
        MoneyFact m => $"{Qualified(m.Qualifier)}€ {m.Amount.ToString("N0", Dutch)}",
        PersonnelFact p => $"{Qualified(p.Qualifier)}{p.Count}{(p.MaxCount is { } max ? $"–{max}" : string.Empty)} personen",
        AssetFact a => $"{a.Count} × {a.Asset}",
        PeriodFact p => Period(p),
        QaFact q => q.RefersTo.Count > 0 ? $"vraag {q.Number} → {string.Join(", ", q.RefersTo)}" : $"vraag {q.Number}",
        CommitmentFact c => c.Made is { } made ? $"toezegging ({made:yyyy-MM-dd})" : "toezegging",
        LegalBasisFact => "rechtsgrondslag",
        _ => fact.Type.Slug,
    };

    private static string Qualified(string? qualifier) => qualifier is null ? string.Empty : qualifier + " ";

    private static string Period(PeriodFact p)
    {
        var parts = new List<string>();
        if (p.Start is { } start)
        {
            parts.Add($"vanaf {start:yyyy-MM-dd}");
        }

        if (p.End is { } end)
        {
            parts.Add($"t/m {end:yyyy-MM-dd}");
        }

        if (p.Months is { } months)
        {
            parts.Add($"{months} maanden");
        }

        if (p.Days is { } days)
        {
            parts.Add($"{days} dagen");
        }

        return string.Join(", ", parts);
    }
}
