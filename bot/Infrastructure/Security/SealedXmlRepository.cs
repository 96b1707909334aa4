using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CadoxtonPolicyBot.Infrastructure.Security;

/// <summary>
/// Seals every element of the Data Protection key ring whole (AES-256-GCM with a key derived from
/// DataProtection:KeyEncryptionKey) before the repository stores it, and opens it on the way back. The key encryptor
/// covers only the secret inside a key; its id, dates, algorithms and the ring's revocations were plain, unauthenticated
/// XML, so a database writer could stretch an old key's life, or plant a key of their own (an unencrypted masterKey is
/// valid XML to Data Protection) and read everything protected with it afterwards.
/// <para>
/// Reading: a sealed element that does not open (edited, or sealed with another key) is dropped and logged. Once the
/// ring holds any sealed element, plain elements are ignored (and logged): one planted later counts for nothing. A ring
/// written before sealing existed (plain elements only) is migrated at its first read: stored again as one sealed
/// element. The ring as found at that first read is trusted, as every ring was before.
/// </para>
/// </summary>
internal sealed partial class SealedXmlRepository(IXmlRepository inner, byte[] keyEncryptionKey, ILogger<SealedXmlRepository> logger) : IXmlRepository
{
    internal const string SealedElementName = "sealedKeyRingElement";
    internal const string MigratedRingElementName = "migratedKeyRing";
    private static readonly byte[] AssociatedData = "CadoxtonPolicyBot key ring element v1"u8.ToArray();

    private readonly byte[] _sealKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, keyEncryptionKey, 32, info: "CadoxtonPolicyBot key ring seal v1"u8.ToArray());

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var stored = inner.GetAllElements();
        var opened = new List<XElement>();
        var plain = new List<XElement>();
        var anySealed = false;
        foreach (var element in stored)
        {
            if (element.Name.LocalName != SealedElementName)
            {
                plain.Add(element);
                continue;
            }

            anySealed = true;
            if (TryOpen(element) is not { } inside)
            {
                LogTampered(logger);
            }
            else if (inside.Name.LocalName == MigratedRingElementName)
            {
                // A ring written before sealing, sealed in one piece at its first read.
                opened.AddRange(inside.Elements());
            }
            else
            {
                opened.Add(inside);
            }
        }

        if (plain.Count > 0 && anySealed)
        {
            LogPlainIgnored(logger, plain.Count);
        }
        else if (plain.Count > 0)
        {
            opened.AddRange(Migrate(plain));
        }

        // Two instances migrating at once store the same ring twice; Data Protection must see each element once.
        return [.. opened.DistinctBy(e => e.ToString(SaveOptions.DisableFormatting), StringComparer.Ordinal)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        inner.StoreElement(Seal(element), friendlyName);
    }

    internal XElement Seal(XElement element)
    {
        var plaintext = Encoding.UTF8.GetBytes(element.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[12 + 16 + plaintext.Length];
        RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, 12));
        using var aes = new AesGcm(_sealKey, 16);
        aes.Encrypt(sealedBytes.AsSpan(0, 12), plaintext, sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16), AssociatedData);
        return new XElement(SealedElementName, new XAttribute("version", 1), Convert.ToBase64String(sealedBytes));
    }

    private XElement? TryOpen(XElement sealedElement)
    {
        try
        {
            var sealedBytes = Convert.FromBase64String(sealedElement.Value);
            if (sealedBytes.Length < 28)
            {
                return null;
            }

            var plaintext = new byte[sealedBytes.Length - 28];
            using var aes = new AesGcm(_sealKey, 16);
            aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(28), sealedBytes.AsSpan(12, 16), plaintext, AssociatedData);
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException or System.Xml.XmlException)
        {
            return null;
        }
    }

    /// <summary>Seals a ring written before sealing existed, in one stored element, so the migration is all or nothing.</summary>
    private List<XElement> Migrate(List<XElement> plain)
    {
        inner.StoreElement(Seal(new XElement(MigratedRingElementName, plain)), "key ring written before sealing, sealed at its first read");
        LogMigrated(logger, plain.Count);
        return plain;
    }

    [LoggerMessage(EventId = 211, Level = LogLevel.Error, Message =
        "A Data Protection key ring element in the database does not open with DataProtection:KeyEncryptionKey: it was edited, or written with another key. It is ignored.")]
    private static partial void LogTampered(ILogger logger);

    [LoggerMessage(EventId = 212, Level = LogLevel.Error, Message =
        "{Count} unsealed Data Protection key ring element(s) found beside sealed ones: written by something other than the bot. Ignored.")]
    private static partial void LogPlainIgnored(ILogger logger, int count);

    [LoggerMessage(EventId = 213, Level = LogLevel.Warning, Message = "Sealed the {Count} element(s) of a Data Protection key ring written before sealing existed")]
    private static partial void LogMigrated(ILogger logger, int count);
}
