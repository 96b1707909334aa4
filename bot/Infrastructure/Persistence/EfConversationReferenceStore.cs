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

        var row = await db.ConversationReferences.FindAsync([reference.ConversationId], cancellationToken);
        if (row is null)
        {
            row = new StoredConversationReference { ConversationId = reference.ConversationId, ServiceUrl = reference.ServiceUrl };
            db.ConversationReferences.Add(row);
        }
        else if (Unchanged(row, reference) && now - row.UpdatedAt < RecentlySavedReferences.RefreshAfter)
        {
            recent.Remember(reference, row.UpdatedAt);
            return;
        }

        row.CopyFrom(reference, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first turns of one conversation raced (install sends two activities at once): the other one saved it.
            db.ChangeTracker.Clear();
            return;
        }

        recent.Remember(reference, now);
    }

    public async Task<ConversationReference?> FindPersonalAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var row = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserAadObjectId == aadObjectId && r.ConversationType == "personal")
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return row?.ToReference();
    }

    private static bool Unchanged(StoredConversationReference row, ConversationReference reference) =>
        row.ServiceUrl == reference.ServiceUrl && row.UserId == reference.UserId && row.UserAadObjectId == reference.UserAadObjectId
        && row.TenantId == reference.TenantId && row.BotId == reference.BotId;
}

/// <summary>
/// Which conversations were stored unchanged recently, so that the turn path skips the database for them.
/// Only a shortcut: the database stays the record, and a restart just costs one read per conversation.
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
