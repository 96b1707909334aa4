using CadoxtonPolicyBot.Infrastructure.Security;
using CadoxtonPolicyBot.Protocol;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Local mode only (no MicrosoftAppId: the bot talks to nobody but this machine): when no Concerns:EncryptionKey is
/// configured, one is made once and kept in App_Data beside the SQLite file, so trying the bot needs no set-up. A real
/// deployment always has an app id, and then the key must come from configuration (Key Vault): this does nothing.
/// </summary>
internal sealed partial class LocalEncryptionKey(
    IOptions<BotIdentityOptions> identity,
    IHostEnvironment environment,
    ILogger<LocalEncryptionKey> logger) : IPostConfigureOptions<ConcernsOptions>
{
    public const string FileName = "concerns-encryption.key";

    public void PostConfigure(string? name, ConcernsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.EncryptionKey) || identity.Value.HasAppId)
        {
            return;
        }

        options.EncryptionKey = LocalSecretFile.ReadOrCreateKey(environment.ContentRootPath, FileName, out var path);
        LogLocalKey(logger, path);
    }

    [LoggerMessage(EventId = 3090, Level = LogLevel.Warning,
        Message = "Local mode: concerns are encrypted with a key kept in {KeyPath}. A deployment must set Concerns:EncryptionKey (from Key Vault).")]
    private static partial void LogLocalKey(ILogger logger, string keyPath);
}
