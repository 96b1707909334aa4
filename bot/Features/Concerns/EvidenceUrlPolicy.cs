using System.Text.RegularExpressions;
using CadoxtonPolicyBot.Protocol;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Decides which file URLs the bot may fetch. Deployed (an app id is set):
/// <list type="bullet">
/// <item>a file link must be https, on the default port, on a host Teams stores files on (Concerns:FileDownloadHosts,
/// SharePoint and OneDrive: *.sharepoint.com by default);</item>
/// <item>a pasted picture must be exactly {serviceUrl}/v3/attachments/{id}/views/{view} on this turn's (authenticated)
/// serviceUrl, the Bot Connector's "get attachment" operation: nothing else on the connector's host ever gets the token.</item>
/// </list>
/// Local mode: only URLs on this machine. A refused URL is refused before any request, so nothing about what lives
/// at it (not even whether it answers) reaches the sender.
/// </summary>
internal sealed partial class EvidenceUrlPolicy(IOptions<BotIdentityOptions> identity, IOptions<ConcernsOptions> options)
{
    public EvidenceFetch Decide(EvidenceAttachment file, string? turnServiceUrl)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!Uri.TryCreate(file.Url, UriKind.Absolute, out var url) || url.UserInfo.Length > 0
            || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return EvidenceFetch.Refused;
        }

        if (!identity.Value.HasAppId)
        {
            // Local mode talks to nothing but this machine.
            return url.IsLoopback ? EvidenceFetch.Guarded : EvidenceFetch.Refused;
        }

        return file.Origin switch
        {
            EvidenceOrigin.FileLink => IsFileHostUrl(url) ? EvidenceFetch.Guarded : EvidenceFetch.Refused,
            _ => IsConnectorAttachment(url, turnServiceUrl) ? EvidenceFetch.ConnectorAttachment : EvidenceFetch.Refused,
        };
    }

    /// <summary>Where a case bundle may be uploaded: the OneDrive upload session Teams gives (a file host), or in local mode this machine.</summary>
    public bool MayUploadTo(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return identity.Value.HasAppId ? IsFileHostUrl(url) : url.IsAbsoluteUri && url.IsLoopback && url.UserInfo.Length == 0;
    }

    /// <summary>An https URL on the default port whose host is one of the configured file hosts (never an IP literal).</summary>
    public bool IsFileHostUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri && url.Scheme == Uri.UriSchemeHttps && url.IsDefaultPort && url.HostNameType == UriHostNameType.Dns
            && url.UserInfo.Length == 0 && options.Value.FileHostPatterns().Any(pattern => HostMatches(url.IdnHost, pattern));
    }

    internal static bool HostMatches(string host, string pattern)
    {
        host = host.TrimEnd('.');
        return pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsConnectorAttachment(Uri url, string? turnServiceUrl)
    {
        if (!Uri.TryCreate(turnServiceUrl, UriKind.Absolute, out var service) || url.Query.Length > 0
            || !string.Equals(url.GetLeftPart(UriPartial.Authority), service.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The original string, not the parsed path: "..", "%2e%2e" and encoded slashes must not walk out of the attachment path.
        if (url.OriginalString.Contains("..", StringComparison.Ordinal) || url.OriginalString.Contains('%', StringComparison.Ordinal)
            || url.OriginalString.Contains('\\', StringComparison.Ordinal))
        {
            return false;
        }

        var match = AttachmentPath().Match(url.AbsolutePath);
        if (!match.Success)
        {
            return false;
        }

        // The part before /v3/ must be the serviceUrl's own path or a whole-segment start of it (e.g. "/amer/" of "/amer/{tenant}/").
        var prefix = match.Groups["prefix"].Value + "/";
        var servicePath = service.AbsolutePath.EndsWith('/') ? service.AbsolutePath : service.AbsolutePath + "/";
        return servicePath.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^(?<prefix>(/[A-Za-z0-9._~-]+)*)/v3/attachments/[A-Za-z0-9._~:@!$&'()*+,;=-]+/views/[A-Za-z0-9._~-]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AttachmentPath();
}
