using Mandaat.Core.Documents;
using Mandaat.Normalize;
using Mandaat.Readers;

namespace Mandaat.Identify.Tests;

/// <summary>A Kamerstuk read from officielebekendmakingen XML (synthetic fixture) through the real reader and normaliser.</summary>
public sealed class PublicationXmlTests
{
    [Fact]
    public void A_kamerstuk_xml_is_identified_from_the_line_the_reader_writes_first()
    {
        var path = Path.Combine(Samples.Root, "tests", "data", "synthetic", "kst-27925-999.xml");
        var source = ReaderRegistry.Default.Read(path).Value;

        var identity = new HeaderIdentifier().Identify(new KamerstukNormalizer().Normalize(source));

        Assert.Equal(
            (DocumentKind.Artikel100, "27925", "999", "2024-2025", new DateOnly(2025, 2, 20), "kst-27925-999"),
            (identity.Kind, identity.Dossier, identity.Number, identity.Session, identity.Date, identity.KamerstukId));
        Assert.Equal("BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE", identity.Title);
        Assert.Equal(["C.C.J. Veldkamp", "R.P. Brekelmans"], identity.Signatories.Select(s => s.Name));
    }
}
