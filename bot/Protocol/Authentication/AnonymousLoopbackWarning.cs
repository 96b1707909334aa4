using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Protocol.Authentication;

/// <summary>Says loudly at start-up when /api/messages runs without authentication, so it cannot go unnoticed in production.</summary>
internal sealed partial class AnonymousLoopbackWarning(IOptions<BotIdentityOptions> identity, ILogger<AnonymousLoopbackWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!identity.Value.HasAppId)
        {
            LogNoAppId(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message =
        "MicrosoftAppId is not configured: /api/messages accepts unauthenticated requests from loopback callers (local development only). "
        + "Requests relayed by a proxy are refused. Set MicrosoftAppId before the bot is reachable from anywhere else.")]
    private static partial void LogNoAppId(ILogger logger);
}
