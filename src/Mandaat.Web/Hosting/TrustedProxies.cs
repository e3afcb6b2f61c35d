using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using IPNetwork = System.Net.IPNetwork;

namespace Mandaat.Web.Hosting;

/// <summary>
/// MANDAAT_TRUSTED_PROXIES: the reverse proxies (addresses or networks, "10.0.0.5, 172.16.0.0/12") whose
/// X-Forwarded-For is believed. A request from one of them counts as its client's (the rate limit, the logs);
/// from any other peer the header is ignored, so a client cannot pick its own address to escape the limit.
/// Unset, no proxy is trusted, not even the loopback the framework trusts by default.
/// </summary>
public static class TrustedProxies
{
    /// <summary>The networks of a setting, or the first entry that is neither an address nor a network.</summary>
    public static (IReadOnlyList<IPNetwork> Networks, string? Error) Parse(string? setting)
    {
        var networks = new List<IPNetwork>();
        foreach (var entry in (setting ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                return ([], entry);
            }
        }

        return (networks, null);
    }

    /// <summary>Takes the client's address from X-Forwarded-For when the peer is a trusted proxy; first, so every later step sees it.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var (networks, _) = Parse(app.ApplicationServices.GetRequiredService<IOptions<WebOptions>>().Value.TrustedProxies);
        if (networks.Count == 0)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // Walk the chain from the right through every trusted proxy to the first address that is not one.
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(network);
        }

        return app.UseForwardedHeaders(options);
    }
}
