namespace Mandaat.Web.Api;

/// <summary>Marks a route that writes and so needs the bearer token; the OpenAPI document gives it the security scheme.</summary>
public sealed class RequiresWriteToken;
