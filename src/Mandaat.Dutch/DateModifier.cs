namespace Mandaat.Dutch;

/// <summary>
/// A word that narrows a month or year to one day (FORMAT.md): "begin" and "primo" its first day,
/// "medio", "half", "halverwege" its middle (the 15th, or 1 July for a year), "eind" and "ultimo" its
/// last day.
/// </summary>
public enum DateModifier
{
    None,
    Begin,
    Medio,
    Eind,
}
