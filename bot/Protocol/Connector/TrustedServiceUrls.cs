using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Protocol.Connector;

/// <summary>
/// The serviceUrls the bot may send its token to: those seen in authenticated activities, and those configured
/// (for proactive messages before anyone has spoken to the bot). Anything else would be handing our token to
/// whoever wrote the URL.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[] _configured;

    public TrustedServiceUrls(IOptions<BotProtocolOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _configured = [.. options.Value.AllowedServiceUrls.Select(Normalise)];
    }

    public void RecordAuthenticated(string serviceUrl)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            _seen.TryAdd(Normalise(uri.ToString()), 0);
        }
    }

    public bool IsTrusted(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var candidate = Normalise(url.ToString());
        return _seen.Keys.Any(root => IsUnder(candidate, root)) || _configured.Any(root => IsUnder(candidate, root));
    }

    /// <summary>
    /// True when the URL is on the same scheme, host and port as a trusted serviceUrl. Connector resources such as
    /// pasted images (/v3/attachments/...) sit on the connector host but not always under the serviceUrl's path
    /// (which may end in a tenant segment).
    /// </summary>
    public bool IsTrustedHost(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            return false;
        }

        var origin = url.GetLeftPart(UriPartial.Authority);
        return _seen.Keys.Concat(_configured).Any(root => Uri.TryCreate(root, UriKind.Absolute, out var rootUri)
            && string.Equals(rootUri.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsUnder(string candidate, string root) => candidate.StartsWith(root, StringComparison.OrdinalIgnoreCase);

    // A trailing slash keeps "https://smba.trafficmanager.net/amer/" from also trusting "https://smba.trafficmanager.net/amerx".
    private static string Normalise(string url) => url.EndsWith('/') ? url : url + "/";
}
