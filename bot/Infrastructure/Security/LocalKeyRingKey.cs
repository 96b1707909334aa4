using System.Xml.Linq;
using CadoxtonPolicyBot.Protocol;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Security;

/// <summary>Fills in a local key when the bot runs in local mode (no app id) and none is configured.</summary>
internal sealed partial class LocalKeyRingKey(IOptions<BotIdentityOptions> identity, IHostEnvironment environment, ILogger<LocalKeyRingKey> logger)
    : IPostConfigureOptions<KeyRingEncryptionOptions>
{
    public const string FileName = "data-protection-key-encryption.key";

    public void PostConfigure(string? name, KeyRingEncryptionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.KeyEncryptionKey) || identity.Value.HasAppId)
        {
            return;
        }

        options.KeyEncryptionKey = LocalSecretFile.ReadOrCreateKey(environment.ContentRootPath, FileName, out var path);
        LogLocalKey(logger, path);
    }

    [LoggerMessage(EventId = 210, Level = LogLevel.Warning,
        Message = "Local mode: the Data Protection key ring is encrypted with a key kept in {KeyPath}. A deployment must set DataProtection:KeyEncryptionKey (from Key Vault).")]
    private static partial void LogLocalKey(ILogger logger, string keyPath);
}
