namespace Mandaat.Store.Register;

/// <summary>
/// What the mission register keeps of one document, computed from that document alone when it is stored, so
/// that the register is read from these entries instead of from every stored text. The store writes the entry
/// in the transaction that saves the document; it knows nothing of its content (the register's JSON).
/// </summary>
public interface IRegisterProjection
{
    /// <summary>
    /// Which catalogue and entry format the entries are made for: an entry stored under another version is
    /// made again from its document before the register is read (the user's missions file changed, say).
    /// </summary>
    string Version { get; }

    /// <summary>The register entry of one document (its own JSON).</summary>
    string Project(DocumentDetail document);
}
