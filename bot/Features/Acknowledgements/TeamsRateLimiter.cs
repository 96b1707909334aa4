using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// Keeps outbound Bot Connector calls inside Teams' documented limits (PROTOCOL.md §3.6): requests are spaced evenly at
/// the per-tenant rate, each conversation gets at most N per second and M per hour, and a 429 pauses everything until
/// its Retry-After.
/// <para>
/// The tenant budget is per bot per tenant in Teams, so it lives in the database (<see cref="SendBudget"/>) and every
/// instance of the bot draws its slots from the same row: two instances together send at the rate one would, and a 429
/// seen by one pauses both. Each reservation is a read and a compare-and-set UPDATE on that row (a lost race reads
/// again); an instance's own reservations are taken one at a time, so the races are only between instances.
/// The per-conversation limits stay per instance: the outbox sends one card per person per round and reminders days
/// apart, so no conversation comes near 7 a second, from one instance or two.
/// </para>
/// </summary>
public sealed class TeamsRateLimiter(IOptions<AcknowledgementOptions> options, IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _reserving = new(1, 1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    /// <summary>Reserves the next slot for a call (to a conversation, if known) and returns how long to wait for it.</summary>
    public async Task<TimeSpan> ReserveAsync(string? conversationId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var interval = TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / settings.TenantRequestsPerSecond));
        await _reserving.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var earliest = now;
            Queue<DateTimeOffset>? sent = null;
            if (conversationId is not null)
            {
                if (!_conversations.TryGetValue(conversationId, out sent))
                {
                    sent = new Queue<DateTimeOffset>();
                    _conversations[conversationId] = sent;
                }

                while (sent.Count > 0 && sent.Peek() <= now - Hour)
                {
                    sent.Dequeue();
                }

                earliest = Max(earliest, EarliestWithin(sent, settings.ConversationRequestsPerHour, Hour, earliest));
                earliest = Max(earliest, EarliestWithin(sent, settings.ConversationRequestsPerSecond, Second, earliest));
            }

            // A later tenant slot only leaves fewer of this conversation's calls inside either window.
            var slot = await TakeTenantSlotAsync(earliest, interval, cancellationToken);
            sent?.Enqueue(slot);
            PruneIdleConversations(now);
            return slot - now;
        }
        finally
        {
            _reserving.Release();
        }
    }

    /// <summary>Teams said 429: nothing goes out to this tenant, from any instance, before <paramref name="retryAfter"/> has passed.</summary>
    public async Task PauseAsync(TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + retryAfter;
        await UpdateBudgetAsync(next => Max(next, until), cancellationToken);
    }

    public async Task WaitForSlotAsync(string? conversationId, CancellationToken cancellationToken)
    {
        var delay = await ReserveAsync(conversationId, cancellationToken);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    public void Dispose() => _reserving.Dispose();

    private async Task<DateTimeOffset> TakeTenantSlotAsync(DateTimeOffset earliest, TimeSpan interval, CancellationToken cancellationToken)
    {
        var slot = earliest;
        await UpdateBudgetAsync(next =>
        {
            slot = Max(earliest, next);
            return slot + interval;
        }, cancellationToken);
        return slot;
    }

    // Read the budget row, compute its new NextSlotAt, write it only if nobody else has since (the version is unchanged).
    private async Task UpdateBudgetAsync(Func<DateTimeOffset, DateTimeOffset> advance, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        while (true)
        {
            var budget = await db.Set<SendBudget>().AsNoTracking().FirstOrDefaultAsync(b => b.Name == SendBudget.Tenant, cancellationToken);
            if (budget is null)
            {
                // The migration seeds the row; this only puts back one that was deleted.
                db.Set<SendBudget>().Add(new SendBudget { Name = SendBudget.Tenant, NextSlotAt = time.GetUtcNow() });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another instance put it back first.
                }

                db.ChangeTracker.Clear();
                continue;
            }

            var next = advance(budget.NextSlotAt);
            var version = budget.Version;
            var won = await db.Set<SendBudget>()
                .Where(b => b.Name == SendBudget.Tenant && b.Version == version)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.NextSlotAt, next).SetProperty(b => b.Version, version + 1), cancellationToken);
            if (won == 1)
            {
                return;
            }
        }
    }

    // With `limit` calls allowed per `window`, the earliest instant at or after `slot` when one more is allowed.
    private static DateTimeOffset EarliestWithin(Queue<DateTimeOffset> sent, int limit, TimeSpan window, DateTimeOffset slot)
    {
        var inWindow = sent.Where(t => t > slot - window).ToList();
        return inWindow.Count < limit ? slot : inWindow[^limit] + window;
    }

    private void PruneIdleConversations(DateTimeOffset now)
    {
        if (now - _lastPrune < TimeSpan.FromMinutes(5))
        {
            return;
        }

        _lastPrune = now;
        foreach (var id in _conversations.Where(c => c.Value.Count == 0 || c.Value.Max() <= now - Hour).Select(c => c.Key).ToList())
        {
            _conversations.Remove(id);
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
