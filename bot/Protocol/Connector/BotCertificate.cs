using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CadoxtonPolicyBot.Protocol.Connector;

/// <summary>Finds the app registration's certificate named by <see cref="BotCredentialOptions"/>.</summary>
internal static class BotCertificate
{
    /// <exception cref="BotTokenUnavailableException">The certificate cannot be found or opened.</exception>
    public static X509Certificate2 Load(BotCredentialOptions credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (!string.IsNullOrWhiteSpace(credentials.CertificatePath))
        {
            try
            {
                var certificate = X509CertificateLoader.LoadPkcs12FromFile(credentials.CertificatePath, credentials.CertificatePassword);
                if (certificate.HasPrivateKey)
                {
                    return certificate;
                }

                certificate.Dispose();
                throw new BotTokenUnavailableException("BotCredentials:CertificatePath holds no private key.");
            }
            catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
            {
                throw new BotTokenUnavailableException("BotCredentials:CertificatePath cannot be opened (missing file, wrong password or not PKCS#12).", ex);
            }
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            try
            {
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            }
            catch (CryptographicException)
            {
                // A store that does not exist on this machine (LocalMachine on Linux) simply holds nothing.
                continue;
            }

            var found = store.Certificates.Find(X509FindType.FindByThumbprint, credentials.CertificateThumbprint ?? string.Empty, validOnly: false);
            var withKey = found.FirstOrDefault(certificate => certificate.HasPrivateKey);
            foreach (var other in found.Where(certificate => !ReferenceEquals(certificate, withKey)))
            {
                other.Dispose();
            }

            if (withKey is not null)
            {
                return withKey;
            }
        }

        throw new BotTokenUnavailableException("BotCredentials:CertificateThumbprint names no certificate with a private key in the CurrentUser or LocalMachine My store.");
    }
}
