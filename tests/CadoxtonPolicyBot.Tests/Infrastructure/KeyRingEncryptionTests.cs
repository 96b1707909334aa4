using System.Xml.Linq;
using CadoxtonPolicyBot.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

public sealed class KeyRingEncryptionTests
{
    private static readonly string Key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void A_key_ring_element_is_stored_encrypted_and_reads_back_with_the_same_key()
    {
        var options = new KeyRingEncryptionOptions { KeyEncryptionKey = Key };
        var element = new XElement("masterKey", new XElement("value", "c2VjcmV0LWtleS1tYXRlcmlhbA=="));

        var encrypted = new KeyRingEncryptor(options).Encrypt(element);
        var services = new ServiceCollection().AddSingleton(Options.Create(options)).BuildServiceProvider();
        var decrypted = new KeyRingDecryptor(services).Decrypt(encrypted.EncryptedElement);

        Assert.DoesNotContain("c2VjcmV0LWtleS1tYXRlcmlhbA", encrypted.EncryptedElement.ToString(), StringComparison.Ordinal);
        Assert.Equal(typeof(KeyRingDecryptor), encrypted.DecryptorType);
        Assert.Equal(element.ToString(), decrypted.ToString());
    }

    [Fact]
    public void A_key_ring_element_cannot_be_read_with_another_key()
    {
        var encrypted = new KeyRingEncryptor(new KeyRingEncryptionOptions { KeyEncryptionKey = Key }).Encrypt(new XElement("masterKey", "x"));
        var other = new KeyRingEncryptionOptions { KeyEncryptionKey = Convert.ToBase64String(new byte[32]) };
        var services = new ServiceCollection().AddSingleton(Options.Create(other)).BuildServiceProvider();

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => new KeyRingDecryptor(services).Decrypt(encrypted.EncryptedElement));
    }
}
