namespace Mandaat.Fuzz;

/// <summary>An input that crashed, hung or blew the memory ceiling, saved as a file beside a .finding file that says what it did.</summary>
public sealed record Finding(string Target, string Kind, string What, string File);
