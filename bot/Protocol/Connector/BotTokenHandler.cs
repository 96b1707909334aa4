using System.Net.Http.Headers;

namespace CadoxtonPolicyBot.Protocol.Connector;

/// <summary>
/// Puts the bot's token on each attempt of a connector request that asked for it. It sits inside the retry
/// handler so that a retry after a long Retry-After wait carries a fresh token.
/// </summary>
internal sealed class BotTokenHandler(IBotTokenProvider tokens, TrustedServiceUrls trustedServiceUrls) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<bool> AttachBotToken = new("CadoxtonPolicyBot.AttachBotToken");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = null;
        if (request.Options.TryGetValue(AttachBotToken, out var attach) && attach)
        {
            // The client has already decided the URL is trusted; this second look means no future caller of this
            // HttpClient can hand the token to a host the bot never saw authenticated.
            if (request.RequestUri is null || !trustedServiceUrls.IsTrustedHost(request.RequestUri))
            {
                throw new InvalidOperationException("Refusing to attach the bot token to an untrusted host.");
            }

            if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
