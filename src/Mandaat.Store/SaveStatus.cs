namespace Mandaat.Store;

public enum SaveStatus
{
    /// <summary>New content: the document and everything found in it were written.</summary>
    Inserted,

    /// <summary>This content (or another rendition of the same paper) was already stored; nothing was written.</summary>
    Unchanged,
}
