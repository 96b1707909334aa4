using CadoxtonPolicyBot.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

public enum RoundStatus
{
    Open,
    Closed,
}

/// <summary>One year's request that staff confirm they have read one version of the policy.</summary>
public sealed class AcknowledgementRound
{
    /// <summary>The version this round asks staff to confirm, as a person reads it.</summary>
    public PolicyEdition Edition() => new(PolicyVersion, PolicyAdoptedOn);

    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateOnly DueDate { get; set; }

    /// <summary>"group:{entra group id}" or "team:{teams team id}": resolved again daily for joiners.</summary>
    public required string Audience { get; set; }

    /// <summary>What the head teacher sees, e.g. "Cadoxton Staff (the staff group, 54 people)" or "Year 6 (team, 12 people)".</summary>
    public required string AudienceDescription { get; set; }

    /// <summary>The audience's name alone ("Year 6"), for the export; null for rounds launched before names were kept.</summary>
    public string? AudienceName { get; set; }

    public string? Message { get; set; }
    public required string PolicyVersion { get; set; }

    /// <summary>The date the school adopted that version; null for rounds launched before dates were kept.</summary>
    public DateOnly? PolicyAdoptedOn { get; set; }
    public RoundStatus Status { get; set; }
    public bool CheckQuestions { get; set; }
    public required string CreatedByAadObjectId { get; set; }
    public string? CreatedByName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Where and as whom proactive cards go: taken from the head teacher's launching turn.</summary>
    public required string ServiceUrl { get; set; }

    public string? TenantId { get; set; }
    public string? BotId { get; set; }
    public string? BotName { get; set; }
}

internal sealed class AcknowledgementRoundConfiguration : IEntityTypeConfiguration<AcknowledgementRound>
{
    public void Configure(EntityTypeBuilder<AcknowledgementRound> builder)
    {
        builder.ToTable("ack_rounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).HasMaxLength(64);
        builder.Property(r => r.Audience).HasMaxLength(300);
        builder.Property(r => r.AudienceDescription).HasMaxLength(300);
        builder.Property(r => r.AudienceName).HasMaxLength(256);
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
