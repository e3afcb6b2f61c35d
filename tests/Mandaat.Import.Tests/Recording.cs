namespace Mandaat.Import.Tests;

/// <summary>
/// The recording of dossier 29 521 the tests serve. The files are real: three papers of the dossier as KOOP published
/// their text (tests/data/realworld, served as text/plain where the service would serve their PDF), and two real
/// Gegevensmagazijn resources (tests/data/fixtures/tk-resources: a PDF and a DOCX, moties of other dossiers) that this
/// recording deliberately files under 29 521, so their text disagrees with the metadata. The entities are built from the
/// documented OData shape (FORMATS.md §1a), not captured: no real Document listing of 29 521 is stored anywhere.
/// </summary>
internal static class Recording
{
    public static readonly DateTimeOffset Published = new(2024, 1, 10, 9, 0, 0, TimeSpan.FromHours(1));

    public static IReadOnlyList<RecordedDocument> Dossier29521() =>
    [
        Text("a1000000-0000-0000-0000-000000000114", "koop-kst-29521-114", 114, new DateOnly(2012, 6, 1), "Brief regering", "Nederlandse deelname aan vredesmissies"),
        Text("a1000000-0000-0000-0000-000000000243", "koop-kst-29521-243", 243, new DateOnly(2014, 5, 12), "Brief regering", "Voortgang MINUSMA"),
        Text("a1000000-0000-0000-0000-000000000327", "koop-kst-29521-327", 327, new DateOnly(2016, 10, 7), "Brief regering", "Verlenging MINUSMA"),
        Text("a1000000-0000-0000-0000-000000000349", "koop-kst-29521-349", 349, new DateOnly(2017, 9, 11), "Brief regering", "Verlenging MINUSMA 2018"),
        Resource("d7a5dc6c-3636-4acd-8630-96c14e97dcce", "d7a5dc6c-3636-4acd-8630-96c14e97dcce.pdf", "application/pdf", 500, new DateOnly(2025, 4, 10)),
        Resource("0787ced2-629a-4d32-ab8f-4b97a7680248", "0787ced2-629a-4d32-ab8f-4b97a7680248.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 501, new DateOnly(2025, 4, 24)),
    ];

    /// <summary>The papers an import of 29 521 since 2013-01-01 must store.</summary>
    public static readonly string[] SinceIds = ["kst-29521-243", "kst-29521-327", "kst-29521-349", "kst-29521-500", "kst-29521-501"];

    public static RecordedDocument Text(string id, string name, int number, DateOnly date, string soort, string subject) =>
        new(id, soort, subject, date, number, 29521, "Nederlandse deelname aan vredesmissies", "text/plain",
            File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "data", "realworld", name + ".txt")), $"v-{id}", Published);

    private static RecordedDocument Resource(string id, string file, string contentType, int number, DateOnly date) =>
        new(id, "Motie", "Motie (gearchiveerd onder 29 521 door deze opname)", date, number, 29521, "Nederlandse deelname aan vredesmissies", contentType,
            File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "data", "fixtures", "tk-resources", file)), $"v-{id}", Published);
}
