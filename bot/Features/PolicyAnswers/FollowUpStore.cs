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
    public async Task<PendingFollowUp?> FindAsync(string userAadObjectId, string conversationId, CancellationToken cancellationToken) =>
        (await FindStateAsync(userAadObjectId, conversationId, cancellationToken))?.Pending;

    /// <summary>
    /// What this user's conversation remembers (an open follow-up, the facts of the last answer), or null when nothing
    /// is remembered, it has expired, or the policy has changed since. Facts only: never what was typed.
    /// </summary>
    public async Task<ConversationState?> FindStateAsync(string userAadObjectId, string conversationId, CancellationToken cancellationToken)
    {
        var row = await db.Set<PendingFollowUpRecord>().AsNoTracking()
            .FirstOrDefaultAsync(p => p.UserAadObjectId == userAadObjectId && p.ConversationId == conversationId, cancellationToken);
        if (row is null || row.ExpiresAt <= time.GetUtcNow())
        {
            return null;
        }

        StoredState? stored;
        try
        {
            stored = JsonSerializer.Deserialize<StoredState>(row.State, Json);
        }
        catch (JsonException)
        {
            // Written by an older version of the bot: as good as expired.
            return null;
        }

        if (stored is null || stored.PolicyVersion != policy.Version.Sha256Hex)
        {
            return null;
        }

        var pending = stored.Pending is { } p && p.PolicyVersion == policy.Version.Sha256Hex ? p : null;
        return new ConversationState(pending, stored.LastFacts, stored.PendingIsLatest && pending is not null);
    }

    /// <summary>Replaces the user's open follow-up in this conversation (keeping the last facts), and clears everyone's expired ones.</summary>
    public async Task SaveAsync(string userAadObjectId, string conversationId, PendingFollowUp pending, CancellationToken cancellationToken)
    {
        var existing = await FindStateAsync(userAadObjectId, conversationId, cancellationToken);
        await SaveStateAsync(userAadObjectId, conversationId, new ConversationState(pending, existing?.LastFacts ?? pending.Facts, true), cancellationToken);
    }

    /// <summary>Stores what this user's conversation remembers, for <see cref="PolicyAnswersOptions.FollowUpMinutes"/>.</summary>
    public async Task SaveStateAsync(string userAadObjectId, string conversationId, ConversationState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var now = time.GetUtcNow();
        await db.Set<PendingFollowUpRecord>().Where(p => p.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var json = JsonSerializer.Serialize(new StoredState(state.Pending, state.LastFacts, state.PendingIsLatest, policy.Version.Sha256Hex), Json);
        var expires = now.AddMinutes(options.Value.FollowUpMinutes);
        var updated = await db.Set<PendingFollowUpRecord>()
            .Where(p => p.UserAadObjectId == userAadObjectId && p.ConversationId == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, json).SetProperty(p => p.ExpiresAt, expires), cancellationToken);
        if (updated > 0)
        {
            return;
        }

        db.Set<PendingFollowUpRecord>().Add(new PendingFollowUpRecord
        {
            UserAadObjectId = userAadObjectId,
            ConversationId = conversationId,
            State = json,
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

    private sealed record StoredState(PendingFollowUp? Pending, QuestionFacts? LastFacts, bool PendingIsLatest, string PolicyVersion);

    public Task<int> RemoveAsync(string userAadObjectId, string conversationId, CancellationToken cancellationToken) =>
        db.Set<PendingFollowUpRecord>()
            .Where(p => p.UserAadObjectId == userAadObjectId && p.ConversationId == conversationId)
            .ExecuteDeleteAsync(cancellationToken);
}
