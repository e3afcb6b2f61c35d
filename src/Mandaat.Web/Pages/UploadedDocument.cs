namespace Mandaat.Web.Pages;

/// <summary>What an upload stored: the paper's id and title, the upload's status (ingested, updated or unchanged) and the paper's version after it.</summary>
public sealed record UploadedDocument(string Id, string Title, string Status, int? Version);
