using System.Text.Json;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>
/// Keeps the one open follow-up of each user in each conversation until it is answered or expires, so a button
/// pressed (or "yes" typed) on the next turn — on any instance of the bot — finds the facts it completes.
/// </summary>
internal sealed class FollowUpStore(BotDbContext db, TimeProvider time, IOptions<PolicyAnswersOptions> options, PolicyDocument policy)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The open follow-up, or null when there is none, it has expired, or the policy has changed since.</summary>
    public async Task<PendingFollowUp?> FindAsync(string userAadObjectId, string conversationId, CancellationToken cancellationToken)
    {
        var row = await db.Set<PendingFollowUpRecord>().AsNoTracking()
            .FirstOrDefaultAsync(p => p.UserAadObjectId == userAadObjectId && p.ConversationId == conversationId, cancellationToken);
        if (row is null || row.ExpiresAt <= time.GetUtcNow())
        {
            return null;
        }

        PendingFollowUp? pending;
        try
        {
            pending = JsonSerializer.Deserialize<PendingFollowUp>(row.State, Json);
        }
        catch (JsonException)
        {
            // Written by an older version of the bot: as good as expired.
            return null;
        }

        return pending is not null && pending.PolicyVersion == policy.Version.Sha256Hex ? pending : null;
    }

    /// <summary>Replaces the user's open follow-up in this conversation, and clears everyone's expired ones.</summary>
    public async Task SaveAsync(string userAadObjectId, string conversationId, PendingFollowUp pending, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.Set<PendingFollowUpRecord>().Where(p => p.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var state = JsonSerializer.Serialize(pending, Json);
        var expires = now.AddMinutes(options.Value.FollowUpMinutes);
        var updated = await db.Set<PendingFollowUpRecord>()
            .Where(p => p.UserAadObjectId == userAadObjectId && p.ConversationId == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, state).SetProperty(p => p.ExpiresAt, expires), cancellationToken);
        if (updated > 0)
        {
            return;
        }

        db.Set<PendingFollowUpRecord>().Add(new PendingFollowUpRecord
        {
            UserAadObjectId = userAadObjectId,
            ConversationId = conversationId,
            State = state,
            ExpiresAt = expires,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same user's other turn inserted first (a double press): theirs is as good as ours.
            db.ChangeTracker.Clear();
        }
    }

    public Task<int> RemoveAsync(string userAadObjectId, string conversationId, CancellationToken cancellationToken) =>
        db.Set<PendingFollowUpRecord>()
            .Where(p => p.UserAadObjectId == userAadObjectId && p.ConversationId == conversationId)
            .ExecuteDeleteAsync(cancellationToken);
}
