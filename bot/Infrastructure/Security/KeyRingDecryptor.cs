using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Security;

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
