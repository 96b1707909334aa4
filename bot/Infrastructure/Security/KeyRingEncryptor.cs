using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace CadoxtonPolicyBot.Infrastructure.Security;

internal sealed class KeyRingEncryptor(KeyRingEncryptionOptions options) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var sealedXml = KeyRingCipher.Seal(options.KeyBytes(), plaintextElement.ToString(SaveOptions.DisableFormatting));
        return new EncryptedXmlInfo(new XElement("aesGcmEncryptedKey", sealedXml), typeof(KeyRingDecryptor));
    }
}
