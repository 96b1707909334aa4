using System.Security.Cryptography;
using System.Xml.Linq;
using CadoxtonPolicyBot.Protocol;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Security;

/// <summary>
/// Section "DataProtection": the key that encrypts ASP.NET Core Data Protection's key ring. The ring is kept in the
/// bot's database (shared by every instance), so without this a copy of the database would carry the keys to the
/// data they protect. The same key (through a derived key) seals each ring element whole: see <see cref="SealedXmlRepository"/>.
/// </summary>
public sealed class KeyRingEncryptionOptions
{
    public const string SectionName = "DataProtection";

    internal const string KeyFailure =
        "DataProtection:KeyEncryptionKey is missing or is not the base64 of 32 random bytes. Make one with: openssl rand -base64 32 "
        + "(keep it in Key Vault; App Service setting DataProtection__KeyEncryptionKey).";

    /// <summary>Base64 of 32 random bytes; from Key Vault in production. Local mode makes one in App_Data.</summary>
    public string KeyEncryptionKey { get; set; } = string.Empty;

    internal byte[] KeyBytes() => KeyRingCipher.TryDecodeKey(KeyEncryptionKey, out var key)
        ? key
        : throw new OptionsValidationException(SectionName, typeof(KeyRingEncryptionOptions), [KeyRingEncryptionOptions.KeyFailure]);
}

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

/// <summary>AES-256-GCM over one key-ring element: nonce, tag and ciphertext, base64 in an element Data Protection stores.</summary>
internal static class KeyRingCipher
{
    public static bool TryDecodeKey(string? base64, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(base64))
        {
            return false;
        }

        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return key.Length == 32;
    }

    public static string Seal(byte[] key, string plaintext)
    {
        var data = System.Text.Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[12 + 16 + data.Length];
        var nonce = sealedBytes.AsSpan(0, 12);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(nonce, data, sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16));
        return Convert.ToBase64String(sealedBytes);
    }

    public static string Open(byte[] key, string sealedBase64)
    {
        var sealedBytes = Convert.FromBase64String(sealedBase64);
        var plaintext = new byte[sealedBytes.Length - 28];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16), plaintext);
        return System.Text.Encoding.UTF8.GetString(plaintext);
    }
}

internal sealed class KeyRingEncryptor(KeyRingEncryptionOptions options) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var sealedXml = KeyRingCipher.Seal(options.KeyBytes(), plaintextElement.ToString(SaveOptions.DisableFormatting));
        return new EncryptedXmlInfo(new XElement("aesGcmEncryptedKey", sealedXml), typeof(KeyRingDecryptor));
    }
}

/// <summary>Created by Data Protection from the type name it stored beside each encrypted element.</summary>
internal sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var options = services.GetRequiredService<IOptions<KeyRingEncryptionOptions>>().Value;
        return XElement.Parse(KeyRingCipher.Open(options.KeyBytes(), encryptedElement.Value));
    }
}

public static class KeyRingEncryptionModule
{
    /// <summary>Encrypts Data Protection's key ring with DataProtection:KeyEncryptionKey, validated at start-up.</summary>
    public static IServiceCollection AddKeyRingEncryption(this IServiceCollection services)
    {
        services.AddOptions<KeyRingEncryptionOptions>().BindConfiguration(KeyRingEncryptionOptions.SectionName)
            .Validate(o => KeyRingCipher.TryDecodeKey(o.KeyEncryptionKey, out _), KeyRingEncryptionOptions.KeyFailure)
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<KeyRingEncryptionOptions>, LocalKeyRingKey>();
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<IOptions<KeyRingEncryptionOptions>>((o, encryption) => o.XmlEncryptor = new KeyRingEncryptor(encryption.Value))
            // After every Configure, whichever repository the app chose: each element it stores is sealed whole.
            .PostConfigure<IOptions<KeyRingEncryptionOptions>, ILoggerFactory>((o, encryption, loggers) =>
            {
                if (o.XmlRepository is { } repository and not SealedXmlRepository)
                {
                    o.XmlRepository = new SealedXmlRepository(repository, encryption.Value.KeyBytes(), loggers.CreateLogger<SealedXmlRepository>());
                }
            });
        return services;
    }
}
