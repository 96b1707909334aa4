using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// A team the bot is installed in, as its installs told it (team id and name): offered by name as a round's audience.
/// Removed when the bot is removed from the team or the team is deleted; renamed when Teams says so.
/// </summary>
public sealed class InstalledTeam
{
    /// <summary>The team's id as the Bot Connector knows it (19:…@thread.tacv2): what its roster is read with.</summary>
    public required string TeamId { get; set; }

    /// <summary>The name Teams gave with the install or a rename; null until Teams has said it.</summary>
    public string? Name { get; set; }

    public required string ServiceUrl { get; set; }

    public string? TenantId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class InstalledTeamConfiguration : IEntityTypeConfiguration<InstalledTeam>
{
    public void Configure(EntityTypeBuilder<InstalledTeam> builder)
    {
        builder.ToTable("ack_teams");
        builder.HasKey(t => t.TeamId);
        builder.Property(t => t.TeamId).HasMaxLength(256);
        builder.Property(t => t.Name).HasMaxLength(256);
        builder.Property(t => t.ServiceUrl).HasMaxLength(512);
        builder.Property(t => t.TenantId).HasMaxLength(64);
    }
}
