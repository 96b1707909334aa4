namespace CadoxtonPolicyBot.Protocol.Connector;

/// <summary>The bot's own access token for the Bot Connector (audience https://api.botframework.com).</summary>
public interface IBotTokenProvider
{
    /// <summary>
    /// A bearer token, cached until shortly before it expires; null when no app id is configured (local development
    /// against the Agents Playground, which accepts anonymous calls).
    /// </summary>
    /// <exception cref="BotTokenUnavailableException">Entra ID or the managed identity endpoint refused or could not be reached.</exception>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>The bot could not obtain its token; the call that needed it is reported as failed, not sent.</summary>
public sealed class BotTokenUnavailableException : Exception
{
    public BotTokenUnavailableException()
    {
    }

    public BotTokenUnavailableException(string message)
        : base(message)
    {
    }

    public BotTokenUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

internal static class BotTokenScopes
{
    public const string BotFramework = "https://api.botframework.com/.default";
}

/// <summary>No app id: local development, where nothing is signed and only loopback serviceUrls are called.</summary>
internal sealed class AnonymousBotTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
