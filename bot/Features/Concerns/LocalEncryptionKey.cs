using System.Security.Cryptography;
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

        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        options.EncryptionKey = File.ReadAllText(path).Trim();
        LogLocalKey(logger, path);
    }

    [LoggerMessage(EventId = 3090, Level = LogLevel.Warning,
        Message = "Local mode: concerns are encrypted with a key kept in {KeyPath}. A deployment must set Concerns:EncryptionKey (from Key Vault).")]
    private static partial void LogLocalKey(ILogger logger, string keyPath);
}
