using CadoxtonPolicyBot.Protocol;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Infrastructure.Persistence;

/// <summary>A conversation the bot can message later; one row per conversation, refreshed on every turn.</summary>
public sealed class StoredConversationReference
{
    public required string ConversationId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public string? UserId { get; set; }
    public string? UserAadObjectId { get; set; }
    public string? BotId { get; set; }
    public string? BotName { get; set; }
    public string? ChannelId { get; set; }

    /// <summary>The last Teams locale seen in this conversation ("cy-GB"): proactive cards follow it. Null on older rows.</summary>
    public string? Locale { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public ConversationReference ToReference() => new(
        ServiceUrl, ConversationId, ConversationType, TenantId, UserId, UserAadObjectId, UserName: null, BotId, BotName, ChannelId, Locale);

    public void CopyFrom(ConversationReference reference, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ServiceUrl = reference.ServiceUrl;
        ConversationType = reference.ConversationType;
        TenantId = reference.TenantId;
        UserId = reference.UserId;
        UserAadObjectId = reference.UserAadObjectId;
        BotId = reference.BotId;
        BotName = reference.BotName;
        ChannelId = reference.ChannelId;
        Locale = reference.Locale ?? Locale;
        UpdatedAt = now;
    }
}

internal sealed class StoredConversationReferenceConfiguration : IEntityTypeConfiguration<StoredConversationReference>
{
    public void Configure(EntityTypeBuilder<StoredConversationReference> builder)
    {
        builder.ToTable("conversation_references");
        builder.HasKey(r => r.ConversationId);
        builder.Property(r => r.ConversationId).HasMaxLength(512);
        builder.Property(r => r.ServiceUrl).HasMaxLength(512);
        builder.Property(r => r.ConversationType).HasMaxLength(32);
        builder.Property(r => r.TenantId).HasMaxLength(64);
        builder.Property(r => r.UserId).HasMaxLength(256);
        builder.Property(r => r.UserAadObjectId).HasMaxLength(64);
        builder.Property(r => r.BotId).HasMaxLength(256);
        builder.Property(r => r.BotName).HasMaxLength(256);
        builder.Property(r => r.ChannelId).HasMaxLength(64);
        builder.Property(r => r.Locale).HasMaxLength(64);
        builder.HasIndex(r => new { r.UserAadObjectId, r.ConversationType });
    }
}

/// <summary>Marks a conversation as welcomed: Teams sends both installationUpdate and conversationUpdate on install.</summary>
public sealed class ConversationWelcome
{
    public required string ConversationId { get; set; }
    public DateTimeOffset WelcomedAt { get; set; }
}

internal sealed class ConversationWelcomeConfiguration : IEntityTypeConfiguration<ConversationWelcome>
{
    public void Configure(EntityTypeBuilder<ConversationWelcome> builder)
    {
        builder.ToTable("conversation_welcomes");
        builder.HasKey(w => w.ConversationId);
        builder.Property(w => w.ConversationId).HasMaxLength(512);
    }
}
