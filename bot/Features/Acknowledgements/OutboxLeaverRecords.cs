using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// Cards and reminders still waiting to go to someone who has left the staff group. Rows already sent stay: they are
/// the round's record of who was asked, kept with the acknowledgements for Acknowledgements:RetentionYears.
/// </summary>
internal sealed class OutboxLeaverRecords(BotDbContext db) : ILeaverRecords
{
    public string What => "pending outbox row(s)";

    public Task<int> RemoveAsync(IReadOnlyCollection<string> aadObjectIds, CancellationToken cancellationToken) =>
        db.Set<RoundRecipient>()
            .Where(r => r.State == DeliveryState.Pending && aadObjectIds.Contains(r.AadObjectId.ToLower()))
            .ExecuteDeleteAsync(cancellationToken);
}
