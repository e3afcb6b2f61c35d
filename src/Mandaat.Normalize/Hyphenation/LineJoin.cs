namespace Mandaat.Normalize.Hyphenation;

/// <summary>How two lines of one paragraph are joined.</summary>
internal enum LineJoin
{
    /// <summary>Ordinary wrap: one space.</summary>
    Space,

    /// <summary>Line-break hyphenation: the hyphen is dropped and the word closed up.</summary>
    DropHyphen,

    /// <summary>A real hyphen at the line end: kept, no space ("Midden-" + "Oosten").</summary>
    KeepHyphen,
}
