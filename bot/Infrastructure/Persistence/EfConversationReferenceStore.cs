using CadoxtonPolicyBot.Protocol;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Infrastructure.Persistence;

internal sealed class EfConversationReferenceStore(BotDbContext db, TimeProvider time, RecentlySavedReferences recent) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (string.IsNullOrEmpty(reference.ConversationId) || string.IsNullOrEmpty(reference.ServiceUrl))
        {
            return;
        }

        var now = time.GetUtcNow();
        if (recent.WasSaved(reference, now))
        {
            // Every turn lands here; a conversation already stored unchanged this hour costs no database round trip.
            return;
        }

        // One statement that inserts or refreshes: an install announces itself twice at once, and both turns land here.
        // A reference without a locale (a chat the bot opened itself) keeps the one last seen from the person, but only
        // from the same person: a channel thread's row changes hands with each speaker, and one person's language is not
        // another's.
        object updatedAt = db.Database.IsSqlite() ? now.UtcTicks : now;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO conversation_references
                ("ConversationId", "ServiceUrl", "ConversationType", "TenantId", "UserId", "UserAadObjectId", "BotId", "BotName", "ChannelId", "Locale", "UpdatedAt")
            VALUES ({reference.ConversationId}, {reference.ServiceUrl}, {reference.ConversationType}, {reference.TenantId}, {reference.UserId},
                {reference.UserAadObjectId}, {reference.BotId}, {reference.BotName}, {reference.ChannelId}, {reference.Locale}, {updatedAt})
            ON CONFLICT ("ConversationId") DO UPDATE SET
                "ServiceUrl" = excluded."ServiceUrl", "ConversationType" = excluded."ConversationType", "TenantId" = excluded."TenantId",
                "UserId" = excluded."UserId", "UserAadObjectId" = excluded."UserAadObjectId", "BotId" = excluded."BotId",
                "BotName" = excluded."BotName", "ChannelId" = excluded."ChannelId",
                "Locale" = CASE WHEN excluded."Locale" IS NOT NULL THEN excluded."Locale"
                    WHEN COALESCE(excluded."UserAadObjectId", '') = COALESCE(conversation_references."UserAadObjectId", '') THEN conversation_references."Locale"
                    ELSE NULL END,
                "UpdatedAt" = excluded."UpdatedAt"
            """, cancellationToken);
        recent.Remember(reference, now);
    }

    public async Task<ConversationReference?> FindPersonalAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var row = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == aadObjectId && r.ConversationType == "personal")
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null || row.Locale is not null)
        {
            return row?.ToReference();
        }

        // Someone who has only spoken to the bot in a channel: their language is the one last seen from them anywhere.
        var locale = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == aadObjectId && r.Locale != null)
            .OrderByDescending(r => r.UpdatedAt)
            .Select(r => r.Locale)
            .FirstOrDefaultAsync(cancellationToken);
        return row.ToReference() with { Locale = locale };
    }
}

/// <summary>
/// Which conversations were stored unchanged recently, so that the turn path skips the database for them.
/// Only a shortcut: the database stays the record, and a restart just costs one write per conversation.
/// </summary>
internal sealed class RecentlySavedReferences
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);

    // A school has hundreds of conversations, not millions; the cap only guards against a flood of new ids.
    private const int Capacity = 20_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ConversationReference Reference, DateTimeOffset SavedAt)> _saved = new(StringComparer.Ordinal);

    public bool WasSaved(ConversationReference reference, DateTimeOffset now) =>
        _saved.TryGetValue(reference.ConversationId, out var entry)
        && now - entry.SavedAt < RefreshAfter
        && entry.Reference with { UserName = null } == reference with { UserName = null };

    public void Remember(ConversationReference reference, DateTimeOffset savedAt)
    {
        if (_saved.Count >= Capacity)
        {
            _saved.Clear();
        }

        _saved[reference.ConversationId] = (reference, savedAt);
    }
}
