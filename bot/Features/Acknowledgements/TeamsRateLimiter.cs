using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// Keeps outbound Bot Connector calls inside Teams' documented limits (PROTOCOL.md §3.6): requests are spaced
/// evenly at the per-tenant rate, each conversation gets at most N per second and M per hour, and a 429 pauses
/// everything until its Retry-After. Reservations are handed out in order, so concurrent senders share the budget.
/// </summary>
public sealed class TeamsRateLimiter(IOptions<AcknowledgementOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private DateTimeOffset _nextTenantSlot = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    /// <summary>Reserves the next slot for a call (to a conversation, if known) and returns how long to wait for it.</summary>
    public TimeSpan Reserve(string? conversationId)
    {
        var settings = options.Value;
        var interval = TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / settings.TenantRequestsPerSecond));
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var slot = Max(now, Max(_nextTenantSlot, _pausedUntil));
            if (conversationId is not null)
            {
                if (!_conversations.TryGetValue(conversationId, out var sent))
                {
                    sent = new Queue<DateTimeOffset>();
                    _conversations[conversationId] = sent;
                }

                while (sent.Count > 0 && sent.Peek() <= slot - Hour)
                {
                    sent.Dequeue();
                }

                slot = Max(slot, EarliestWithin(sent, settings.ConversationRequestsPerHour, Hour, slot));
                slot = Max(slot, EarliestWithin(sent, settings.ConversationRequestsPerSecond, Second, slot));
                sent.Enqueue(slot);
            }

            _nextTenantSlot = slot + interval;
            PruneIdleConversations(now);
            return slot - now;
        }
    }

    /// <summary>Teams said 429: nothing goes out to this tenant before <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            _pausedUntil = Max(_pausedUntil, until);
        }
    }

    public async Task WaitForSlotAsync(string? conversationId, CancellationToken cancellationToken)
    {
        var delay = Reserve(conversationId);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
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
