using Azure.Core;
using Azure.Identity;

namespace CadoxtonPolicyBot.Protocol.Connector;

/// <summary>
/// The bot's token from its user-assigned managed identity. Kept here until 5 minutes before it expires, so a busy
/// conversation does not ask the identity endpoint for every message.
/// </summary>
internal sealed partial class ManagedIdentityBotTokenProvider(TokenCredential credential, TimeProvider timeProvider, ILogger<ManagedIdentityBotTokenProvider> logger)
    : IBotTokenProvider, IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private static readonly TokenRequestContext Request = new([BotTokenScopes.BotFramework]);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private AccessToken? _cached;

    public static TokenCredential CreateCredential(string clientId) =>
        new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } token)
        {
            return token;
        }

        // One refresh at a time: the callers queued behind it get the new token from the cache.
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } refreshed)
            {
                return refreshed;
            }

            var accessToken = await credential.GetTokenAsync(Request, cancellationToken);
            _cached = accessToken;
            return accessToken.Token;
        }
        catch (AuthenticationFailedException ex)
        {
            LogTokenFailed(logger, ex.GetType().Name);
            throw new BotTokenUnavailableException("The managed identity endpoint did not issue the bot's Bot Connector token.", ex);
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private string? Fresh() =>
        _cached is { } cached && timeProvider.GetUtcNow() < cached.ExpiresOn - RefreshMargin ? cached.Token : null;

    [LoggerMessage(Level = LogLevel.Error, Message = "The managed identity endpoint refused the bot's token request ({ExceptionType})")]
    private static partial void LogTokenFailed(ILogger logger, string exceptionType);
}
