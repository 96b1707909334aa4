using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// The bot's Bot Connector budget for the tenant, shared by every instance on the database: Teams counts requests per
/// bot per tenant, not per process. <see cref="NextSlotAt"/> is the earliest instant the next request may go; each
/// reservation moves it on by one request's share of a second, with a compare-and-set on <see cref="Version"/>.
/// </summary>
public sealed class SendBudget
{
    /// <summary>The one budget the bot has (it serves one tenant).</summary>
    public const string Tenant = "teams-tenant";

    public required string Name { get; set; }

    public DateTimeOffset NextSlotAt { get; set; }

    public long Version { get; set; }
}

internal sealed class SendBudgetConfiguration : IEntityTypeConfiguration<SendBudget>
{
    public void Configure(EntityTypeBuilder<SendBudget> builder)
    {
        builder.ToTable("ack_send_budget");
        builder.HasKey(b => b.Name);
        builder.Property(b => b.Name).HasMaxLength(32);
        builder.HasData(new SendBudget { Name = SendBudget.Tenant, NextSlotAt = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), Version = 0 });
    }
}
