using Mandaat.Store;

namespace Mandaat.Contract;

/// <summary>The JSON shape of <c>show</c>: DOC plus sections, facts and signatories (CLI.md), and what to know about its identification.</summary>
public static class DocumentJson
{
    public static object Detail(DocumentDetail d) => new
    {
        id = d.Summary.Id,
        path = d.Summary.Path,
        kind = d.Summary.Kind,
        dossier = d.Summary.Dossier,
        number = d.Summary.Number,
        session = d.Summary.Session,
        date = d.Summary.Date,
        title = d.Summary.Title,
        subject = d.Subject,
        format = d.Format,
        sections = d.Sections.Select(s => new
        {
            index = s.Index,
            parent = s.ParentIndex,
            level = s.Level,
            heading = s.Heading,
            aspect = s.Aspect,
            start = s.HeadingSpan.Start,
            end = s.BodySpan.End,
        }),
        facts = d.Facts,
        signatories = d.Signatories.Select(s => new { name = s.Name, office = s.Office }),
        warnings = IdentificationWarning.For(d).Select(w => new { code = w.Code, message = w.Message }),
        version = d.Version,
        versions = d.Versions.Select(v => new { version = v.Version, current = v.Current, path = v.Path, content_hash = v.ContentHash, ingested_at = v.IngestedAt, replaced_at = v.ReplacedAt }),
        official = d.Official is not { } o ? null : new
        {
            source = o.Source,
            source_id = o.SourceId,
            revision = o.Revision,
            url = o.Url,
            dossier = o.Dossier,
            number = o.Number,
            date = o.Date,
            soort = o.Soort,
            subject = o.Subject,
            version = o.Version,
            ids = o.Ids,
            text = o.Text is not { } t ? null : new { dossier = t.Dossier, number = t.Number, date = t.Date, subject = t.Subject },
        },
    };
}
