using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>The encrypted bytes of one evidence file (table-split with <see cref="ConcernEvidence"/>).</summary>
internal sealed class ConcernEvidenceContent
{
    public Guid Id { get; set; }

    /// <summary>AES-GCM ciphertext of the file, bound to the evidence id (<see cref="CipherBinding.Content"/>).</summary>
    public required byte[] Ciphertext { get; set; }
}

internal sealed class ConcernEvidenceContentConfiguration : IEntityTypeConfiguration<ConcernEvidenceContent>
{
    public void Configure(EntityTypeBuilder<ConcernEvidenceContent> builder)
    {
        builder.ToTable("concern_evidence");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Ciphertext).HasColumnName("Content");
    }
}
