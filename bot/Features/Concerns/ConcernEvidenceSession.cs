using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>A reporter who may send evidence files for a concern they just submitted, until <see cref="ExpiresAt"/>.</summary>
internal sealed class ConcernEvidenceSession
{
    public required string ReporterAadObjectId { get; set; }
    public Guid ConcernId { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class ConcernEvidenceSessionConfiguration : IEntityTypeConfiguration<ConcernEvidenceSession>
{
    public void Configure(EntityTypeBuilder<ConcernEvidenceSession> builder)
    {
        builder.ToTable("concern_evidence_sessions");
        builder.HasKey(s => s.ReporterAadObjectId);
        builder.Property(s => s.ReporterAadObjectId).HasMaxLength(64);
    }
}
