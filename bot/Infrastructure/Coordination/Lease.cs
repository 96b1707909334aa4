using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Infrastructure.Coordination;

/// <summary>
/// A named lease: which instance of the bot does a piece of scheduled work, until when. Taken and renewed with one
/// conditional UPDATE (it is ours, or it has expired), so two instances on one database never both hold it.
/// </summary>
public sealed class Lease
{
    public required string Name { get; set; }

    /// <summary>The holding instance (<see cref="InstanceName"/>): machine, process id and a random suffix.</summary>
    public required string Holder { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> builder)
    {
        builder.ToTable("leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(64);
        builder.Property(l => l.Holder).HasMaxLength(128);
    }
}
