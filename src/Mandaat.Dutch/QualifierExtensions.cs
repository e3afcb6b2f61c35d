namespace Mandaat.Dutch;

public static class QualifierExtensions
{
    /// <summary>The qualifier as FORMAT.md writes it ("ruim", "meer dan"), or null when it has no value there.</summary>
    public static string? ToFormatValue(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Ruim => "ruim",
        Qualifier.Circa => "circa",
        Qualifier.Ongeveer => "ongeveer",
        Qualifier.Maximaal => "maximaal",
        Qualifier.Bijna => "bijna",
        Qualifier.MeerDan => "meer dan",
        _ => null,
    };
}
