using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>Finds concerns whose handler has not opened them in time, and routes each onward (<see cref="ConcernRouter"/>).</summary>
internal sealed class ConcernEscalator(BotDbContext db, ConcernRouter router, TimeProvider time)
{
    public async Task<int> EscalateDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Set<Concern>().AsNoTracking()
            .Where(c => c.EscalateAt != null && c.EscalateAt <= now && c.OpenedAt == null && c.Status != ConcernStatus.Closed)
            .OrderBy(c => c.EscalateAt)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var routed = 0;
        foreach (var id in due)
        {
            routed += await router.RouteDueAsync(id, null, cancellationToken);
        }

        return routed;
    }
}
