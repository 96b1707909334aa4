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
        : throw new OptionsValidationException(SectionName, typeof(KeyRingEncryptionOptions), [KeyFailure]);
}
