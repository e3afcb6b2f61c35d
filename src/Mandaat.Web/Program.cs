using Mandaat.Web;

// `dotnet run --project src/Mandaat.Web` serves the store of MANDAAT_DB; `mandaat serve` does the same through MandaatWeb.
var app = MandaatWeb.Create(args);
await app.RunAsync();

/// <summary>The entry point, public so WebApplicationFactory can find it.</summary>
public partial class Program;
