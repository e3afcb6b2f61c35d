using Mandaat.Core.Documents;
using Mandaat.Core.Text;

namespace Mandaat.Identify;

/// <summary>Reads what a document says about itself: kind, dossier, number, session, date, subject, signatories.</summary>
public interface IDocumentIdentifier
{
    DocumentIdentity Identify(NormalizedText text);
}
