using Mandaat.Web;

// `dotnet run --project src/Mandaat.Web` serves the store of MANDAAT_DB; `mandaat serve` does the same through MandaatWeb.
var app = MandaatWeb.Create(args);
await app.RunAsync();
