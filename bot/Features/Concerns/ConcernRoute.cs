using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>A handler a concern was routed to, and so may open it: the first eligible one, then each escalation.</summary>
internal sealed class ConcernRoute
{
    public Guid ConcernId { get; set; }
    public required string HandlerAadObjectId { get; set; }
    public DateTimeOffset RoutedAt { get; set; }

    /// <summary>"first", "passed_on" (the one before could not be sent the notice) or "escalated" (not opened in time).</summary>
    public required string Reason { get; set; }

    public bool Delivered { get; set; }
}

internal sealed class ConcernRouteConfiguration : IEntityTypeConfiguration<ConcernRoute>
{
    public void Configure(EntityTypeBuilder<ConcernRoute> builder)
    {
        builder.ToTable("concern_routes");
        builder.HasKey(r => new { r.ConcernId, r.HandlerAadObjectId });
        builder.Property(r => r.HandlerAadObjectId).HasMaxLength(64);
        builder.Property(r => r.Reason).HasMaxLength(16);
    }
}
