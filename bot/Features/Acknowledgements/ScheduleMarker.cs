using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// "This scheduled thing happened": a reminder wave, a yearly offer, a daily audience check. The key is unique, so
/// however many instances run the schedule, each happens once.
/// </summary>
public sealed class ScheduleMarker
{
    public required string Key { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
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
