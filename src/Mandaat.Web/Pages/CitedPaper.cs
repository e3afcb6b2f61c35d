namespace Mandaat.Web.Pages;

/// <summary>A Kamerstuk a paper cites (or that cites it): how it is named, its id when the store holds it (then it is a link), and the sentence that cites it.</summary>
public sealed record CitedPaper(string Name, string? StoredId, string? Quote);
