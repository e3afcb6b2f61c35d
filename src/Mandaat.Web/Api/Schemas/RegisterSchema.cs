namespace Mandaat.Web.Api.Schemas;

/// <summary>An asset of a mission as its letters name it.</summary>
public sealed record AssetSchema(string Asset, int Count, string Document);

/// <summary>A budget figure of a mission.</summary>
public sealed record BudgetSchema(decimal Amount, string? Qualifier, string Role, int? Year, string Document);

/// <summary>`missions --json`: one mission the stored documents concern.</summary>
public sealed record MissionSchema(
    string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Documents, DateOnly? First, DateOnly? Last, int? MaxPersonnel,
    IReadOnlyList<AssetSchema> Assets, IReadOnlyList<BudgetSchema> Budget, string? Status, string? StatusSource, DateOnly? MandateEnd, int Undated, bool Provisional,
    DateOnly? MandateStart, IReadOnlyList<AssetSchema> Donations);

/// <summary>A dated event of a mission's timeline.</summary>
public sealed record TimelineEventSchema(
    DateOnly? Date, string Document, string Kind, string Event, IReadOnlyList<FactSchema> Facts, bool Undated, string? DateSource, string? Role, string? Title, string? Mission);

/// <summary>`mission --json`: the mission (the `missions` row with components and conflicts) and its timeline.</summary>
public sealed record MissionDetailSchema(object Mission, IReadOnlyList<TimelineEventSchema> Timeline);

/// <summary>One aspect of the Toetsingskader check.</summary>
public sealed record AspectSchema(string Aspect, string Status, string? Heading, string? Title, string? Reason, bool? Announced);

/// <summary>`check --json`: all 23 aspects of the Toetsingskader for one document.</summary>
public sealed record CheckSchema(string Document, IReadOnlyList<AspectSchema> Aspects, string? Kind, DateOnly? Date);

/// <summary>`commitments --json`: one commitment to parliament and whether a later paper fulfilled it.</summary>
public sealed record CommitmentSchema(
    string Id, string Quote, DateOnly? Made, string Document, string Status, string? FulfilledBy, string? Fulfils, IReadOnlyList<string> By,
    IReadOnlyList<string>? Missions, object? Citation, OfficialCommitmentSchema? Official, bool OfficialOnly);

/// <summary>The official register's commitment (Toezegging) beside one read in the text; docs/IMPORT.md.</summary>
public sealed record OfficialCommitmentSchema(
    string Id, string? Number, string Status, string? By, string? Activity, DateOnly? ActivityDate, string? ActivitySubject, DateOnly? Due,
    IReadOnlyList<string> FulfilledBy, string? Url);

/// <summary>`search --json`: one hit per document, with where its best passage is (unit, paragraph or question, span) and its best passages.</summary>
public sealed record SearchHitSchema(
    string Id, string Title, string Kind, string? Dossier, string? Number, DateOnly? Date, double Score, string Snippet, string Unit, int? Paragraph,
    int? Question, int Start, int End, int Passages, IReadOnlyList<PassageSchema> Best);

/// <summary>A passage of a hit: its snippet (matched words in **bold**) and where it is.</summary>
public sealed record PassageSchema(string Snippet, string Unit, int? Paragraph, int? Question, int Start, int End);

/// <summary>`/api/search?envelope=true`: one page of hits with the total and the counts of every matching document.</summary>
public sealed record SearchPageSchema(IReadOnlyList<SearchHitSchema> Items, int Total, int Page, int PageSize, int Pages, SearchFacetsSchema Facets);

/// <summary>The counts of a search's matching documents by kind (slug), year, dossier and mission (catalogue id), each most first.</summary>
public sealed record SearchFacetsSchema(
    IReadOnlyList<FacetCountSchema> Kinds, IReadOnlyList<FacetCountSchema> Years, IReadOnlyList<FacetCountSchema> Dossiers, IReadOnlyList<FacetCountSchema> Missions);

/// <summary>One value of a facet and how many of the list's items have it.</summary>
public sealed record FacetCountSchema(string Value, int Count);
