using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// A member of the staff group at the last successful read from Graph, kept so that a restart during a Graph outage
/// still knows the staff instead of opening the bot to everyone or closing it to all. Replaced whole on each read.
/// </summary>
public sealed class KnownStaffMember
{
    public required string GroupId { get; set; }

    public required string AadObjectId { get; set; }

    public DateTimeOffset ReadAt { get; set; }

    /// <summary>
    /// HMAC-SHA256 of group, member and read time under a key derived from DataProtection:KeyEncryptionKey (outside
    /// the database): a row written by anything but the bot, or carried over from an older read, does not count.
    /// </summary>
    public required string Seal { get; set; }
}

internal sealed class KnownStaffMemberConfiguration : IEntityTypeConfiguration<KnownStaffMember>
{
    public void Configure(EntityTypeBuilder<KnownStaffMember> builder)
    {
        builder.ToTable("staff_group_members");
        builder.HasKey(m => new { m.GroupId, m.AadObjectId });
        builder.Property(m => m.GroupId).HasMaxLength(64);
        builder.Property(m => m.AadObjectId).HasMaxLength(64);
        builder.Property(m => m.Seal).HasMaxLength(64);
    }
}
