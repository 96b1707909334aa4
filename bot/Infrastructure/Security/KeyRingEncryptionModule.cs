using System.Xml.Linq;
using CadoxtonPolicyBot.Protocol;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Security;

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
