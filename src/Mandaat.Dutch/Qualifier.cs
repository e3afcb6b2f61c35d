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
