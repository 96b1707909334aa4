using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// Someone who was in the staff group at one read and not at the next. Their stored conversations (and anything still
/// waiting to be sent to them) are removed once Roles:LeaverGracePeriod has passed, unless they come back first (a
/// Graph or group-admin slip); then this row goes too. Kept only for that wait.
/// </summary>
public sealed class StaffLeaver
{
    public required string AadObjectId { get; set; }

    public DateTimeOffset LeftAt { get; set; }
}

internal sealed class StaffLeaverConfiguration : IEntityTypeConfiguration<StaffLeaver>
{
    public void Configure(EntityTypeBuilder<StaffLeaver> builder)
    {
        builder.ToTable("staff_leavers");
        builder.HasKey(l => l.AadObjectId);
        builder.Property(l => l.AadObjectId).HasMaxLength(64);
    }
}
