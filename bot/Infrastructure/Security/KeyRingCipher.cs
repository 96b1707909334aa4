using System.Security.Cryptography;
using CadoxtonPolicyBot.Protocol;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Security;

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
