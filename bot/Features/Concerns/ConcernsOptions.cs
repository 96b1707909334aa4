using System.ComponentModel.DataAnnotations;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>Settings of the confidential concerns feature (section "Concerns").</summary>
public sealed partial class ConcernsOptions : IValidatableObject
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

    /// <summary>The most evidence files one concern holds (default 10).</summary>
    [Range(1, 100)]
    public int MaxEvidenceFiles { get; set; } = 10;

    /// <summary>The most evidence, in bytes, one concern holds (default 25 MB): with the file count, what bounds memory and a case bundle.</summary>
    [Range(1, 200L * 1024 * 1024)]
    public long MaxEvidenceTotalBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>
    /// Hosts a Teams file's downloadUrl (and a case bundle's upload session) may be on: SharePoint and OneDrive, where
    /// Teams keeps files sent in chat. Empty means "*.sharepoint.com"; a national cloud lists its own (e.g. "*.sharepoint.us").
    /// </summary>
    public List<string> FileDownloadHosts { get; set; } = [];

    /// <summary>School days a concern waits to be opened before it goes to the next eligible handler (default 2).</summary>
    [Range(1, 20)]
    public int EscalationSchoolDays { get; set; } = 2;

    /// <summary>How often concerns waiting to be opened are checked for escalation.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan EscalationCheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the head of the audit chain is written to the log (so a rollback of the database shows).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AuditHeadLogInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The file host patterns in force: those configured, or "*.sharepoint.com".</summary>
    internal IReadOnlyList<string> FileHostPatterns() => FileDownloadHosts.Count > 0 ? FileDownloadHosts : DefaultFileDownloadHosts;

    private static readonly string[] DefaultFileDownloadHosts = ["*.sharepoint.com"];

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

        foreach (var host in FileDownloadHosts)
        {
            // A host name, or "*." and a domain of at least two labels: never "*", "*.com" or an address.
            if (!HostPattern().IsMatch(host ?? string.Empty))
            {
                yield return new ValidationResult($"Concerns:FileDownloadHosts: \"{host}\" must be a host name such as contoso.sharepoint.com, or *. and a domain such as *.sharepoint.com.", [nameof(FileDownloadHosts)]);
            }
        }

        foreach (var (id, key) in PreviousEncryptionKeys)
        {
            if (!FieldCipher.TryDecodeKey(key, out _) || id == EncryptionKeyId)
            {
                yield return new ValidationResult($"Concerns:PreviousEncryptionKeys:{id} must be the base64 of 32 bytes, under an id other than the current one.");
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HostPattern();
}
