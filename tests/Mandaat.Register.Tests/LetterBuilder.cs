using System.Text;
using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Core.Text;
using Mandaat.Store;

namespace Mandaat.Register.Tests;

/// <summary>
/// Builds a small real-shaped document in code (headings, paragraphs, facts cited at the offsets of
/// their quotes), so register tests do not depend on the extractor and can run on any store backend.
/// </summary>
internal sealed class LetterBuilder(string id, DocumentKind kind, DateOnly? date, string? dossier = "27925", string? number = null, string? subject = null)
{
    private readonly StringBuilder _text = new();
    private readonly List<TextSpan> _paragraphs = [];
    private readonly List<Section> _sections = [];
    private readonly List<(Fact Fact, int? Section)> _facts = [];
    private readonly List<Signatory> _signatories = [];

    public LetterBuilder Heading(string heading, string? aspect)
    {
        var span = Append(heading);
        _sections.Add(new Section(_sections.Count, null, 1, heading, aspect, span, new TextSpan(span.End, 0)));
        return this;
    }

    public LetterBuilder Paragraph(string text, params Fact[] facts)
    {
        Append(text);
        foreach (var fact in facts)
        {
            _facts.Add((fact, _sections.Count > 0 ? _sections.Count - 1 : null));
        }

        return this;
    }

    public LetterBuilder SignedBy(string name, string office)
    {
        _signatories.Add(new Signatory(name, office, Append($"{office}, {name}")));
        return this;
    }

    public ProcessedDocument Build()
    {
        var text = _text.ToString();
        var normalized = new NormalizedText(text, _paragraphs, OffsetMap.Identity(), SourceText.SinglePage(text, "txt"));
        var identity = new DocumentIdentity { Kind = kind, Dossier = dossier, Number = number, Date = date, Subject = subject, Signatories = _signatories };
        var sections = _sections.Select((s, i) => s with { BodySpan = TextSpan.FromBounds(s.HeadingSpan.End, i + 1 < _sections.Count ? _sections[i + 1].HeadingSpan.Start : text.Length) }).ToList();
        var facts = _facts.Select(f => Cite(f.Fact, f.Section, text, normalized)).ToList();
        return new ProcessedDocument(id, "hash-" + id, $"test/{id}.txt", normalized, identity, sections, [], facts);
    }

    private Fact Cite(Fact fact, int? section, string text, NormalizedText normalized)
    {
        var start = text.IndexOf(fact.Quote, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"quote not in the letter: {fact.Quote}");
        }

        var heading = section is { } s ? _sections[s].Heading : null;
        return fact with { Citation = new Citation(id, section, heading, normalized.ParagraphAt(start), start, start + fact.Quote.Length, 1) };
    }

    private TextSpan Append(string paragraph)
    {
        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        var span = new TextSpan(_text.Length, paragraph.Length);
        _text.Append(paragraph);
        _paragraphs.Add(span);
        return span;
    }
}
