using System.Collections.Concurrent;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>
/// Bounds conversationUpdate and installationUpdate handling (welcome cards, round joiners) per conversation: at most
/// <see cref="Limit"/> in any <see cref="Window"/>. Teams sends two on an install and one per batch of people added;
/// more than that in a minute is a flood, and each one costs database work and possibly a card. Extra activities
/// are answered 200 and ignored; the features' own roster checks catch up with any member they did not hear of.
/// </summary>
internal sealed partial class ConversationUpdateLimiter(TimeProvider time, ILogger<ConversationUpdateLimiter> logger) : IActivityGate
{
    internal const int Limit = 10;
    internal static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int Capacity = 10_000;

    // Per process: several instances each allow their own share, which still bounds the work.
    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    public int Order => 10;

    public Task<bool> AdmitAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        if (activity.Type is not (ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate))
        {
            return Task.FromResult(true);
        }

        var now = time.GetUtcNow();
        if (_counters.Count >= Capacity)
        {
            foreach (var stale in _counters.Where(c => now - c.Value.Start >= Window).Select(c => c.Key).ToList())
            {
                _counters.TryRemove(stale, out _);
            }
        }

        var counter = _counters.AddOrUpdate(
            turn.Reference.ConversationId,
            _ => new Counter(now, 1),
            (_, current) => now - current.Start >= Window ? new Counter(now, 1) : current with { Count = current.Count + 1 });
        if (counter.Count <= Limit)
        {
            return Task.FromResult(true);
        }

        if (counter.Count == Limit + 1)
        {
            LogFlood(logger, activity.Type, Limit, Window);
        }

        return Task.FromResult(false);
    }

    private sealed record Counter(DateTimeOffset Start, int Count);

    [LoggerMessage(EventId = 120, Level = LogLevel.Warning, Message =
        "More than {Limit} {ActivityType} activities for one conversation within {Window}: the rest of this window are ignored")]
    private static partial void LogFlood(ILogger logger, string? activityType, int limit, TimeSpan window);
}
