using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>A person opened the full policy text from a round's card. Each opening is kept.</summary>
public sealed class PolicyReading : IAppendOnly
{
    public long Id { get; set; }
    public Guid RoundId { get; set; }
    public required string AadObjectId { get; set; }
    public required string PolicyVersion { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}

internal sealed class PolicyReadingConfiguration : IEntityTypeConfiguration<PolicyReading>
{
    public void Configure(EntityTypeBuilder<PolicyReading> builder)
    {
        builder.ToTable("ack_readings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.AadObjectId).HasMaxLength(64);
        builder.Property(r => r.PolicyVersion).HasMaxLength(64);
        builder.HasIndex(r => new { r.RoundId, r.AadObjectId });
        builder.HasOne<AcknowledgementRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Restrict);
    }
}
