using System.ComponentModel.DataAnnotations;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>Settings of the confidential concerns feature (section "Concerns").</summary>
public sealed class ConcernsOptions : IValidatableObject
{
    public const string SectionName = "Concerns";

    /// <summary>
    /// Base64 of a 256-bit AES key that encrypts every concern's content and evidence. Required: without it no
    /// concern can be stored. In production it comes from Key Vault through configuration.
    /// </summary>
    [Required]
    public string EncryptionKey { get; set; } = string.Empty;

    /// <summary>Written beside every ciphertext, so the key can be rotated and older rows still read.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_-]{1,32}$")]
    public string EncryptionKeyId { get; set; } = "k1";

    /// <summary>Keys that were replaced (id → base64): used to read older rows, never to write.</summary>
    public Dictionary<string, string> PreviousEncryptionKeys { get; set; } = [];

    /// <summary>The largest evidence file accepted (default 10 MB).</summary>
    [Range(1, 100L * 1024 * 1024)]
    public long MaxEvidenceBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Closed concerns and their evidence are purged this many years after closing (default 6).</summary>
    [Range(1, 100)]
    public int RetentionYears { get; set; } = 6;

    /// <summary>How long after submitting a concern the reporter may still send evidence files.</summary>
    [Range(1, 24 * 60)]
    public int EvidenceWindowMinutes { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!FieldCipher.TryDecodeKey(EncryptionKey, out _))
        {
            yield return new ValidationResult("Concerns:EncryptionKey must be the base64 of 32 random bytes.", [nameof(EncryptionKey)]);
        }

        foreach (var (id, key) in PreviousEncryptionKeys)
        {
            if (!FieldCipher.TryDecodeKey(key, out _) || id == EncryptionKeyId)
            {
                yield return new ValidationResult($"Concerns:PreviousEncryptionKeys:{id} must be the base64 of 32 bytes, under an id other than the current one.");
            }
        }
    }
}
