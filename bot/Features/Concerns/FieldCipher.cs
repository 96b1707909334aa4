using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Encrypts concern content at rest with AES-256-GCM. Each value is stored as
/// [version 1][key id length][key id][nonce 12][tag 16][ciphertext], and is bound to where it lives (the row id and
/// field name as associated data), so a ciphertext moved to another row or field fails authentication just like an
/// edited byte. A copy of the database without the key reveals nothing of the content.
/// </summary>
internal sealed class FieldCipher
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>The HKDF "info" label of the audit chain's key: documented in every case bundle, so a verifier can derive it.</summary>
    public const string AuditKeyLabel = "cadoxton-concerns-audit-v1";

    private readonly string _currentKeyId;
    private readonly Dictionary<string, (byte[] Encryption, byte[] Lookup, byte[] Audit)> _keys = new(StringComparer.Ordinal);

    public FieldCipher(IOptions<ConcernsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        _currentKeyId = value.EncryptionKeyId;
        Add(value.EncryptionKeyId, value.EncryptionKey);
        foreach (var (id, key) in value.PreviousEncryptionKeys)
        {
            Add(id, key);
        }
    }

    public static bool TryDecodeKey(string? base64, [NotNullWhen(true)] out byte[]? key)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(base64))
        {
            return false;
        }

        var buffer = new byte[64];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var written) || written != 32)
        {
            return false;
        }

        key = buffer[..32];
        return true;
    }

    public byte[] Encrypt(ReadOnlySpan<byte> plaintext, string boundTo)
    {
        var key = _keys[_currentKeyId].Encryption;
        var keyId = Encoding.ASCII.GetBytes(_currentKeyId);
        var output = new byte[2 + keyId.Length + NonceSize + TagSize + plaintext.Length];
        output[0] = Version;
        output[1] = (byte)keyId.Length;
        keyId.CopyTo(output.AsSpan(2));
        var offset = 2 + keyId.Length;
        var nonce = output.AsSpan(offset, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(offset + NonceSize + TagSize), output.AsSpan(offset + NonceSize, TagSize), Encoding.UTF8.GetBytes(boundTo));
        return output;
    }

    public byte[] EncryptText(string plaintext, string boundTo) => Encrypt(Encoding.UTF8.GetBytes(plaintext), boundTo);

    /// <summary>Decrypts; throws <see cref="TamperedDataException"/> when the value was altered, moved or its key is unknown.</summary>
    public byte[] Decrypt(byte[] stored, string boundTo)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Length < 2 || stored[0] != Version || stored.Length < 2 + stored[1] + NonceSize + TagSize)
        {
            throw new TamperedDataException("The stored value is not in the expected format.");
        }

        var keyId = Encoding.ASCII.GetString(stored, 2, stored[1]);
        if (!_keys.TryGetValue(keyId, out var keys))
        {
            throw new TamperedDataException($"The stored value was encrypted with key \"{keyId}\", which is not configured.");
        }

        var offset = 2 + stored[1];
        var plaintext = new byte[stored.Length - offset - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(keys.Encryption, TagSize);
            aes.Decrypt(stored.AsSpan(offset, NonceSize), stored.AsSpan(offset + NonceSize + TagSize), stored.AsSpan(offset + NonceSize, TagSize), plaintext, Encoding.UTF8.GetBytes(boundTo));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new TamperedDataException("The stored value failed authentication: it was altered or moved.");
        }

        return plaintext;
    }

    public string DecryptText(byte[] stored, string boundTo) => Encoding.UTF8.GetString(Decrypt(stored, boundTo));

    /// <summary>The id of the key new values are written with.</summary>
    public string CurrentKeyId => _currentKeyId;

    /// <summary>
    /// The key that authenticates the audit chain's entries written under <paramref name="keyId"/> (an HMAC-SHA256 key
    /// derived from that concerns key), or null when that key is not configured. It never leaves the process.
    /// </summary>
    public byte[]? AuditKey(string keyId) => _keys.TryGetValue(keyId, out var keys) ? keys.Audit : null;

    /// <summary>
    /// A keyed, deterministic token for an identifier that must be found by equality (whom a concern is about)
    /// without storing it readably. Written with the current key only.
    /// </summary>
    public string LookupToken(string identifier) => Token(_currentKeyId, identifier);

    /// <summary>The identifier's token under every configured key, so rows written before a rotation still match.</summary>
    public IReadOnlyList<string> LookupTokens(string identifier) => [.. _keys.Keys.Select(id => Token(id, identifier))];

    private string Token(string keyId, string identifier)
    {
        var mac = HMACSHA256.HashData(_keys[keyId].Lookup, Encoding.UTF8.GetBytes(identifier.Trim().ToUpperInvariant()));
        return $"{keyId}:{Convert.ToBase64String(mac)}";
    }

    private void Add(string id, string base64)
    {
        if (!TryDecodeKey(base64, out var master))
        {
            throw new InvalidOperationException($"Concerns encryption key \"{id}\" is not the base64 of 32 bytes.");
        }

        // One configured secret, three independent keys: to encrypt, to compute lookup tokens, to authenticate the audit chain.
        var encryption = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: Encoding.ASCII.GetBytes("cadoxton-concerns-fields-v1"));
        var lookup = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: Encoding.ASCII.GetBytes("cadoxton-concerns-lookup-v1"));
        var audit = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: Encoding.ASCII.GetBytes(AuditKeyLabel));
        _keys[id] = (encryption, lookup, audit);
    }
}

/// <summary>Stored data failed its integrity check: edited, moved, or encrypted with a key that is not configured.</summary>
internal sealed class TamperedDataException(string message) : Exception(message);
