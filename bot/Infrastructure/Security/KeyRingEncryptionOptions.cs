using System.Xml.Linq;
using CadoxtonPolicyBot.Protocol;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Security;

/// <summary>
/// Section "DataProtection": the key that encrypts ASP.NET Core Data Protection's key ring. The ring is kept in the
/// bot's database (shared by every instance), so without this a copy of the database would carry the keys to the
/// data they protect.
/// </summary>
public sealed class KeyRingEncryptionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>Base64 of 32 random bytes; from Key Vault in production. Local mode makes one in App_Data.</summary>
    public string KeyEncryptionKey { get; set; } = string.Empty;

    internal byte[] KeyBytes() => KeyRingCipher.TryDecodeKey(KeyEncryptionKey, out var key)
        ? key
        : throw new OptionsValidationException(SectionName, typeof(KeyRingEncryptionOptions), ["DataProtection:KeyEncryptionKey must be the base64 of 32 random bytes."]);
}
