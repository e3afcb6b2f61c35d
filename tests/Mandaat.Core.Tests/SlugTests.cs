using System.Text.Json;
using Mandaat.Core.Documents;
using Mandaat.Core.Facts;

namespace Mandaat.Core.Tests;

/// <summary>The contract's closed sets read and write exactly their FORMAT.md strings.</summary>
public sealed class SlugTests
{
    [Fact]
    public void Every_kind_and_type_is_written_as_its_slug_and_read_back_as_the_same_value()
    {
        foreach (var kind in DocumentKind.All)
        {
            var json = JsonSerializer.Serialize(kind);
            Assert.Equal($"\"{kind.Slug}\"", json);
            Assert.Same(kind, JsonSerializer.Deserialize<DocumentKind>(json));
        }

        foreach (var type in FactType.All)
        {
            Assert.Same(type, FactType.Parse(type.ToString()));
        }

        Assert.Equal(
            ["artikel100", "kennisgeving", "voortgangsrapportage", "vragen-en-antwoorden", "verslag", "evaluatie", "brief"],
            DocumentKind.All.Select(k => k.Slug));
        Assert.Equal("legal_basis", FactType.LegalBasis.Slug);
    }

    [Theory]
    [InlineData("Brief")]
    [InlineData("brieff")]
    [InlineData(" brief")]
    [InlineData("")]
    public void Only_the_exact_slug_is_a_kind(string text)
    {
        Assert.False(DocumentKind.TryParse(text, out _));
        Assert.False(DocumentKind.TryParse(null, out _));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DocumentKind>(JsonSerializer.Serialize(text)));
    }

    [Fact]
    public void A_fact_type_is_its_discriminator()
    {
        var fact = new LegalBasisFact { Quote = "artikel 100" };
        var json = FactJson.Serialize(fact, gold: true);

        Assert.StartsWith("{\"type\":\"legal_basis\"", json, StringComparison.Ordinal);
        Assert.Equal(FactType.LegalBasis, FactJson.Deserialize(json)!.Type);
    }
}
