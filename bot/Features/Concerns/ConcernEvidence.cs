using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// An evidence file's metadata: its SHA-256 (of the plaintext) is recorded in clear and in the audit trail; the name
/// the reporter gave it is encrypted. The bytes are <see cref="ConcernEvidenceContent"/>, in the same table but a
/// separate entity, so listing, opening and moving a concern never reads them.
/// </summary>
internal sealed class ConcernEvidence
{
    public Guid Id { get; set; }
    public Guid ConcernId { get; set; }

    /// <summary>1, 2, 3… in the order received: the file is "evidence-01.png" in the case bundle. 0 on files stored before numbering.</summary>
    public int Number { get; set; }

    /// <summary>The name as the reporter's client sent it (encrypted); only ever shown escaped, never used as a file name.</summary>
    public required byte[] FileName { get; set; }

    /// <summary>Decided from the bytes (<see cref="EvidenceFileType"/>), never from the name or the declared type.</summary>
    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }
    public required string Sha256 { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public ConcernEvidenceContent? Content { get; set; }
}

internal sealed class ConcernEvidenceConfiguration : IEntityTypeConfiguration<ConcernEvidence>
{
    public void Configure(EntityTypeBuilder<ConcernEvidence> builder)
    {
        builder.ToTable("concern_evidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ContentType).HasMaxLength(128);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        // Table splitting: the bytes share the row but are their own entity, loaded only when asked for.
        builder.HasOne(e => e.Content).WithOne().HasForeignKey<ConcernEvidenceContent>(c => c.Id);
        builder.Navigation(e => e.Content).IsRequired();
    }
}
