using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>A CSV waiting for the head teacher to accept the file consent card; deleted once uploaded or expired.</summary>
public sealed class PendingExport
{
    public required string Id { get; set; }
    public Guid RoundId { get; set; }
    public required string RequestedByAadObjectId { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class PendingExportConfiguration : IEntityTypeConfiguration<PendingExport>
{
    public void Configure(EntityTypeBuilder<PendingExport> builder)
    {
        builder.ToTable("ack_pending_exports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(64);
        builder.Property(e => e.RequestedByAadObjectId).HasMaxLength(64);
        builder.Property(e => e.FileName).HasMaxLength(128);
        builder.HasIndex(e => e.ExpiresAt);
    }
}
