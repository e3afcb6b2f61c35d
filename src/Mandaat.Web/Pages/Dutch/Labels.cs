using Mandaat.Core.Documents;
using Mandaat.Core.Facts;
using Mandaat.Register.Commitments;
using Mandaat.Register.Missions;

namespace Mandaat.Web.Pages.Dutch;

/// <summary>
/// The Dutch words the pages show for the contract's slugs (kinds, fact types, statuses, roles): the slugs stay
/// the JSON and URL values, people read these. Every set is complete; a slug added to a set without a label here
/// fails the test that renders every value.
/// </summary>
public static class Labels
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["artikel100"] = "Artikel 100-brief",
        ["kennisgeving"] = "Kennisgevingsbrief",
        ["voortgangsrapportage"] = "Voortgangsrapportage",
        ["vragen-en-antwoorden"] = "Vragen en antwoorden",
        ["verslag"] = "Verslag",
        ["evaluatie"] = "Evaluatie",
        ["brief"] = "Brief",
    };

    private static readonly Dictionary<string, string> FactTypes = new(StringComparer.Ordinal)
    {
        ["document"] = "Stukgegevens",
        ["signatory"] = "Ondertekenaar",
        ["section"] = "Kopje",
        ["reference"] = "Verwijzing",
        ["money"] = "Bedrag",
        ["personnel"] = "Personeel",
        ["asset"] = "Middel",
        ["period"] = "Periode",
        ["qa"] = "Vraag en antwoord",
        ["commitment"] = "Toezegging",
        ["legal_basis"] = "Rechtsgrond",
    };

    private static readonly Dictionary<string, string> Statuses = new(StringComparer.Ordinal)
    {
        ["active"] = "lopend",
        ["ended"] = "beëindigd",
        ["unknown"] = "onbekend",
    };

    private static readonly Dictionary<string, string> Roles = new(StringComparer.Ordinal)
    {
        ["decided"] = "besluit",
        ["extended"] = "verlenging",
        ["changed"] = "wijziging",
        ["ended"] = "beëindiging",
        ["announced"] = "aankondiging",
        ["reported"] = "rapportage",
    };

    private static readonly Dictionary<string, string> Conflicts = new(StringComparer.Ordinal)
    {
        ["undecided-change"] = "Wijziging zonder besluit",
        ["estimate-vs-realisation"] = "Raming tegenover realisatie",
        ["citation-date"] = "Datum van een verwezen stuk",
    };

    private static readonly Dictionary<string, string> Components = new(StringComparer.Ordinal)
    {
        ["personnel"] = "personeel",
        ["asset"] = "middel",
        ["period"] = "periode",
        ["budget"] = "budget",
    };

    private static readonly Dictionary<string, string> MoneyRoles = new(StringComparer.Ordinal)
    {
        [Register.Missions.MoneyRoles.Estimate] = "raming",
        [Register.Missions.MoneyRoles.Realisation] = "realisatie",
        [Register.Missions.MoneyRoles.Adjustment] = "bijstelling",
        [Register.Missions.MoneyRoles.Budget] = "budget",
    };

    public static string Kind(DocumentKind kind) => Lookup(Kinds, kind?.Slug);

    /// <summary>A kind given by its slug, as facets count them; an unknown slug is shown as it is.</summary>
    public static string Kind(string slug) => Lookup(Kinds, slug);

    public static string FactType(FactType type) => Lookup(FactTypes, type?.Slug);

    public static string Status(MissionStatus status) => Lookup(Statuses, status?.Slug);

    public static string Role(LetterRole role) => Lookup(Roles, role?.Slug);

    public static string Conflict(ConflictKind kind) => Lookup(Conflicts, kind?.Slug);

    /// <summary>What a conflict is about in Dutch: the register's subject names an asset, a paper or a budget year, or the personnel cap in the contract's words.</summary>
    public static string ConflictSubject(string subject) => subject == ConflictFinder.PersonnelCap ? "maximum aantal militairen" : subject;

    public static string Component(ComponentKind kind) => Lookup(Components, kind?.Slug);

    public static string MoneyRole(string role) => Lookup(MoneyRoles, role);

    public static string Commitment(string status) => status switch
    {
        CommitmentStatus.Open => "openstaand",
        CommitmentStatus.Fulfilled => "nagekomen",
        _ => status,
    };

    /// <summary>What a letter did to a mission, with its kind ("Verlenging (Artikel 100-brief)"); a letter that only reports, by its kind alone.</summary>
    public static string Event(LetterRole role, DocumentKind kind) => role == LetterRole.Reported
        ? Kind(kind)
        : $"{Capital(Role(role))} ({Kind(kind)})";

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Lookup(Dictionary<string, string> labels, string? slug) =>
        slug is not null && labels.TryGetValue(slug, out var label) ? label : slug ?? string.Empty;
}
