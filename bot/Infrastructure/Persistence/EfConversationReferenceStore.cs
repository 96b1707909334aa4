using CadoxtonPolicyBot.Protocol;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Infrastructure.Persistence;

internal sealed class EfConversationReferenceStore(BotDbContext db, TimeProvider time) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (string.IsNullOrEmpty(reference.ConversationId) || string.IsNullOrEmpty(reference.ServiceUrl))
        {
            return;
        }

        var now = time.GetUtcNow();
        var row = await db.ConversationReferences.FindAsync([reference.ConversationId], cancellationToken);
        if (row is null)
        {
            row = new StoredConversationReference { ConversationId = reference.ConversationId, ServiceUrl = reference.ServiceUrl };
            db.ConversationReferences.Add(row);
        }
        else if (Unchanged(row, reference) && now - row.UpdatedAt < TimeSpan.FromHours(1))
        {
            // Every turn lands here; skip the write when nothing changed recently.
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
        }
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
