using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

internal sealed class AcknowledgementRoundConfiguration : IEntityTypeConfiguration<AcknowledgementRound>
{
    public void Configure(EntityTypeBuilder<AcknowledgementRound> builder)
    {
        builder.ToTable("ack_rounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).HasMaxLength(64);
        builder.Property(r => r.Audience).HasMaxLength(300);
        builder.Property(r => r.AudienceDescription).HasMaxLength(300);
        builder.Property(r => r.Message).HasMaxLength(2000);
        builder.Property(r => r.PolicyVersion).HasMaxLength(64);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.CreatedByAadObjectId).HasMaxLength(64);
        builder.Property(r => r.CreatedByName).HasMaxLength(256);
        builder.Property(r => r.ServiceUrl).HasMaxLength(512);
        builder.Property(r => r.TenantId).HasMaxLength(64);
        builder.Property(r => r.BotId).HasMaxLength(256);
        builder.Property(r => r.BotName).HasMaxLength(256);
        // One open round per policy version, even if two launches race: the database has the last word.
        builder.HasIndex(r => r.PolicyVersion).IsUnique().HasFilter("\"Status\" = 'Open'").HasDatabaseName("UX_ack_rounds_open_version");
    }
}

internal sealed class RoundRecipientConfiguration : IEntityTypeConfiguration<RoundRecipient>
{
    public void Configure(EntityTypeBuilder<RoundRecipient> builder)
    {
        builder.ToTable("ack_outbox");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.AadObjectId).HasMaxLength(64);
        builder.Property(r => r.Name).HasMaxLength(256);
        builder.Property(r => r.UserPrincipalName).HasMaxLength(256);
        builder.Property(r => r.TeamsUserId).HasMaxLength(256);
        builder.Property(r => r.UnreachableReason).HasMaxLength(500);
        builder.Property(r => r.ActivityId).HasMaxLength(256);
        builder.Property(r => r.ConversationId).HasMaxLength(512);
        builder.HasIndex(r => new { r.RoundId, r.AadObjectId, r.Kind, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.State, r.NextAttemptAt });
        builder.HasOne<AcknowledgementRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AcknowledgementConfiguration : IEntityTypeConfiguration<Acknowledgement>
{
    public void Configure(EntityTypeBuilder<Acknowledgement> builder)
    {
        builder.ToTable("ack_acknowledgements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.AadObjectId).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(256);
        builder.Property(a => a.UserPrincipalName).HasMaxLength(256);
        builder.Property(a => a.PolicyVersion).HasMaxLength(64);
        builder.Property(a => a.ActivityId).HasMaxLength(256);
        builder.HasIndex(a => new { a.RoundId, a.AadObjectId }).IsUnique();
        builder.HasOne<AcknowledgementRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Restrict);
    }
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

internal sealed class ScheduleMarkerConfiguration : IEntityTypeConfiguration<ScheduleMarker>
{
    public void Configure(EntityTypeBuilder<ScheduleMarker> builder)
    {
        builder.ToTable("ack_schedule_markers");
        builder.HasKey(m => m.Key);
        builder.Property(m => m.Key).HasMaxLength(200);
    }
}
