namespace Mandaat.Identify;

/// <summary>Dossier, number and session as the paper's own header or footer prints them, with where.</summary>
public sealed record PaperNumber(string Dossier, string Number, string Session, int SourceOffset, int SourceLength);
