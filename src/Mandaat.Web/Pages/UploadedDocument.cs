namespace Mandaat.Web.Pages;

/// <summary>What an upload stored: the paper's id and title, and whether it was new.</summary>
public sealed record UploadedDocument(string Id, string Title, bool New);
