namespace Mandaat.Dutch;

/// <summary>
/// How a number is hedged. The first members are the values of FORMAT.md; <see cref="Minimaal"/>
/// and <see cref="MinderDan"/> are read so that they are not mistaken for an exact number, but the
/// format has no value for them (see <see cref="QualifierExtensions.ToFormatValue"/>).
/// </summary>
public enum Qualifier
{
    None,
    Ruim,
    Circa,
    Ongeveer,
    Maximaal,
    Bijna,
    MeerDan,
    Minimaal,
    MinderDan,
}

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
