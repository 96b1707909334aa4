using System.Collections.Concurrent;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// Sends what is due in the outbox, one row at a time per sender, within Teams' limits.
/// <para>
/// Exactly once. Teams has no idempotency key and no way to ask "did this message arrive?", so a card whose send
/// was in flight when the process died cannot be checked. Each row therefore moves through:
/// <list type="number">
/// <item>lease: the row stays Pending but its NextAttemptAt moves a lease ahead and it gets an attempt id, in one
/// conditional UPDATE (<c>WHERE id = @id AND state = 'Pending' AND next_attempt_at &lt;= @now</c>), so only one sender
/// of any instance holds it: on PostgreSQL a concurrent UPDATE of the row waits for the first to commit and then
/// re-checks the WHERE clause against the leased row, which no longer matches; on SQLite writes are serialised. Everything done under the lease alone
/// (install, create the 1:1 chat) is safe to repeat, so a crash here just means the lease runs out and it is retried;</item>
/// <item>Sending: a second conditional UPDATE, committed immediately before the one HTTP call that posts the card;</item>
/// <item>Sent with the activity id, or back to Pending (429, or an error answer: Teams did not post it), or Unreachable.</item>
/// </list>
/// A row found still Sending after the lease belonged to a sender that died during that one call. It is marked
/// Unconfirmed and never resent automatically: we choose "never twice" over "certainly once" because a duplicate
/// cannot be taken back, while a possible loss is covered by the reminders, which go to everyone who has not
/// acknowledged (Unconfirmed included). The window is one HTTP round trip per in-flight sender.
/// </para>
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    TeamsRateLimiter limiter,
    PolicyDocument policy,
    IOptions<AcknowledgementOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 500;
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(50);

    // How often a closing notice looks again at a card still in flight (one HTTP call, or a dead sender's row until
    // RecoverAbandonedAsync declares it Unconfirmed).
    private static readonly TimeSpan InFlightCardWait = TimeSpan.FromSeconds(1);

    /// <summary>Declares rows abandoned mid-send (by a crashed sender) Unconfirmed. Returns how many.</summary>
    public async Task<int> RecoverAbandonedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var cutoff = time.GetUtcNow() - options.Value.SendingLease;
        var count = await db.Set<RoundRecipient>()
            .Where(r => r.State == DeliveryState.Sending && r.ClaimedAt < cutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, DeliveryState.Unconfirmed), cancellationToken);
        if (count > 0)
        {
            LogUnconfirmed(logger, count);
        }

        return count;
    }

    /// <summary>
    /// How long until the earliest Pending row falls due (a retry after a 429 or an error answer, a lease left by a
    /// process that died), at most <paramref name="limit"/>: the worker sleeps that long rather than a whole poll
    /// interval, so the last retries of a round do not wait for the next poll.
    /// </summary>
    public async Task<TimeSpan> UntilNextDueAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var next = await db.Set<RoundRecipient>()
            .Where(r => r.State == DeliveryState.Pending)
            .OrderBy(r => r.NextAttemptAt)
            .Select(r => (DateTimeOffset?)r.NextAttemptAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            return limit;
        }

        var wait = next.Value - time.GetUtcNow();
        return wait < MinimumWait ? MinimumWait : wait > limit ? limit : wait;
    }

    /// <summary>Sends every row due now (up to a batch). Returns how many rows were handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await RecoverAbandonedAsync(cancellationToken);
        List<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var now = time.GetUtcNow();
            due = await db.Set<RoundRecipient>()
                .Where(r => r.State == DeliveryState.Pending && r.NextAttemptAt <= now)
                .OrderBy(r => r.NextAttemptAt).ThenBy(r => r.Id)
                .Select(r => r.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
        }

        if (due.Count == 0)
        {
            return 0;
        }

        // Every row here is due. Another instance reading the same list at the same moment starts elsewhere in it, so
        // the two lease different rows instead of queueing on the same ones (a lost lease is harmless, only wasted).
        var start = Random.Shared.Next(due.Count);
        due = [.. due.Skip(start), .. due.Take(start)];
        var rounds = new ConcurrentDictionary<Guid, AcknowledgementRound?>();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentSends, CancellationToken = cancellationToken },
            async (id, ct) => await DeliverAsync(id, rounds, ct));
        return due.Count;
    }

    private async Task DeliverAsync(long rowId, ConcurrentDictionary<Guid, AcknowledgementRound?> rounds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<BotDbContext>();
        var settings = options.Value;
        var attempt = Guid.NewGuid();
        var now = time.GetUtcNow();
        var leased = await db.Set<RoundRecipient>()
            .Where(r => r.Id == rowId && r.State == DeliveryState.Pending && r.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.AttemptId, attempt)
                .SetProperty(r => r.ClaimedAt, now)
                .SetProperty(r => r.NextAttemptAt, now + settings.SendingLease), cancellationToken);
        if (leased == 0)
        {
            return;
        }

        // Leaver clean-up may remove a waiting row between the lease and this read: then there is nothing to send.
        var row = await db.Set<RoundRecipient>().SingleOrDefaultAsync(r => r.Id == rowId, cancellationToken);
        if (row is null)
        {
            return;
        }

        if (!rounds.TryGetValue(row.RoundId, out var round))
        {
            round = await db.Set<AcknowledgementRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == row.RoundId, cancellationToken);
            rounds[row.RoundId] = round;
        }

        var version = policy.Version.Sha256Hex;
        if (round is not null && !AcknowledgementRounds.StillToSend(round, row.Kind, version))
        {
            // Cancelling is final: a "no" from the round as this batch first read it (before a close, say) is checked afresh.
            round = await db.Set<AcknowledgementRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == row.RoundId, cancellationToken);
            rounds[row.RoundId] = round;
        }

        // A round of a version the school has replaced is not sent: its card would lead to a text the bot no longer has.
        if (round is null || !AcknowledgementRounds.StillToSend(round, row.Kind, version)
            || (row.Kind == RecipientKind.Reminder && await db.Set<Acknowledgement>().AnyAsync(a => a.RoundId == row.RoundId && a.AadObjectId == row.AadObjectId, cancellationToken)))
        {
            row.State = DeliveryState.Cancelled;
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        if (row.Kind == RecipientKind.ClosedNotice)
        {
            // The notice follows the person's card. A card still in flight when the round closed is waited for, so the
            // notice never arrives first; a card that never went (cancelled by the close, refused, or unreachable) leaves
            // nothing to tell. A card that is not Sending now never will be: the round is closed (see AcknowledgementRounds.CloseAsync).
            // A reminder on its way at the close is waited for too: "please acknowledge" must not follow "it has closed".
            var theirs = db.Set<RoundRecipient>().AsNoTracking()
                .Where(r => r.RoundId == row.RoundId && r.AadObjectId == row.AadObjectId && r.Kind != RecipientKind.ClosedNotice);
            var theirCard = await theirs.Where(r => r.Kind == RecipientKind.Card)
                .Select(r => (DeliveryState?)r.State).FirstOrDefaultAsync(cancellationToken);
            if (theirCard == DeliveryState.Sending || await theirs.AnyAsync(r => r.State == DeliveryState.Sending, cancellationToken))
            {
                row.NextAttemptAt = time.GetUtcNow() + InFlightCardWait;
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            if (theirCard is not (DeliveryState.Sent or DeliveryState.Unconfirmed))
            {
                row.State = DeliveryState.Cancelled;
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
        }

        var target = await ConversationForAsync(services, row, round, cancellationToken);
        if (target.Reference is null)
        {
            await RecordFailureAsync(db, row, target.Failure!, cancellationToken);
            return;
        }

        var reference = target.Reference;
        var cards = services.GetRequiredService<AcknowledgementCards>();
        // In the language of the person's Teams client as the bot last saw it; English when it never has.
        var language = CardLocale.Of(reference.Locale);
        var card = cards.ForOutbox(round, row.Kind, reference.UserId, language);
        var activity = reference.CreateMessage();
        activity.Summary = AcknowledgementCards.OutboxSummary(row.Kind, language);
        activity.Attachments = [card.ToAttachment()];

        await limiter.WaitForSlotAsync(reference.ConversationId, cancellationToken);

        // The point of no return: once Sending is committed the card may reach Teams, so this row is never resent.
        // Conditional on our attempt id: if the lease ran out and another sender took the row, this one backs off.
        var sendingSince = time.GetUtcNow();
        var conversationId = reference.ConversationId;
        int mine;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // A card or reminder goes only while its round is open. That is checked by writing the round's row (its status,
            // unchanged), which waits for a close in progress and makes a close wait for this transaction: so a close
            // either comes after this row is Sending, and tells its person, or before, and this row is not sent.
            var open = row.Kind == RecipientKind.ClosedNotice || await db.Set<AcknowledgementRound>()
                .Where(r => r.Id == row.RoundId && r.Status == RoundStatus.Open && r.PolicyVersion == version)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RoundStatus.Open), cancellationToken) == 1;
            var ours = db.Set<RoundRecipient>().Where(r => r.Id == rowId && r.AttemptId == attempt && r.State == DeliveryState.Pending);
            if (open)
            {
                mine = await ours.ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.State, DeliveryState.Sending)
                    .SetProperty(r => r.ConversationId, conversationId)
                    .SetProperty(r => r.ClaimedAt, sendingSince), CancellationToken.None);
            }
            else
            {
                // Closed (or its policy replaced) since this batch read the round: the row will not go.
                mine = 0;
                await ours.ExecuteUpdateAsync(s => s.SetProperty(r => r.State, DeliveryState.Cancelled), CancellationToken.None);
            }

            await transaction.CommitAsync(CancellationToken.None);
        }

        if (mine == 0)
        {
            return;
        }

        row.State = DeliveryState.Sending;
        row.ConversationId = conversationId;
        row.ClaimedAt = sendingSince;
        // The database already holds these values: make them the tracked originals, so later changes are compared to them.
        db.ChangeTracker.DetectChanges();
        db.ChangeTracker.AcceptAllChanges();

        var connector = services.GetRequiredService<IConnectorClient>();
        ConnectorResult<ResourceResponse> sent;
        try
        {
            // One attempt only: the client's own retries would resend while this row is Sending, outside the rate
            // budget, and a 429 or 5xx is better handled here (the row goes back to Pending within our limits).
            // Not cancelled by shutdown: a send that has started is finished and recorded.
            using (ConnectorRetries.Suppress())
            {
                sent = await connector.SendToConversationAsync(new Uri(reference.ServiceUrl), reference.ConversationId, activity, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            sent = ConnectorResult.Failure<ResourceResponse>(ConnectorOutcome.NoAnswer, 0, ex.GetType().Name);
        }

        if (sent.Outcome == ConnectorOutcome.NoAnswer)
        {
            // No answer at all: the request may or may not have reached Teams, the same as a crash mid-send.
            row.State = DeliveryState.Unconfirmed;
            await db.SaveChangesAsync(CancellationToken.None);
            LogSendUnconfirmed(logger, row.Id);
            return;
        }

        if (sent.Succeeded)
        {
            row.State = DeliveryState.Sent;
            row.ActivityId = sent.Value?.Id;
            row.SentAt = time.GetUtcNow();
            row.UnreachableReason = null;
            await db.SaveChangesAsync(CancellationToken.None);
            return;
        }

        await RecordFailureAsync(db, row, new SendFailure(sent.Outcome, sent.StatusCode, sent.ErrorCode, sent.RetryAfter), CancellationToken.None);
    }

    private async Task<(ConversationReference? Reference, SendFailure? Failure)> ConversationForAsync(
        IServiceProvider services, RoundRecipient row, AcknowledgementRound round, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IConversationReferenceStore>();
        var known = await store.FindPersonalAsync(row.AadObjectId, cancellationToken);
        if (known is not null)
        {
            return (known, null);
        }

        // Nobody has talked to the bot from this account: install it for them (unless a team roster already gave
        // us their Teams id, which means the bot is installed in a team they belong to) and open a 1:1 chat.
        if (row.TeamsUserId is null)
        {
            var installed = await services.GetRequiredService<ITeamsAppInstaller>().InstallForUserAsync(row.AadObjectId, cancellationToken);
            if (!installed.Usable)
            {
                return (null, installed.Outcome == InstallOutcome.RetryLater
                    ? new SendFailure(ConnectorOutcome.Throttled, 429, "GraphThrottled", installed.RetryAfter)
                    : new SendFailure(ConnectorOutcome.Failed, 0, "InstallFailed", null, $"The app could not be installed for them: {installed.Reason}"));
            }
        }

        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = round.BotId is null ? null : new ChannelAccount { Id = round.BotId, Name = round.BotName },
            Members = [new ChannelAccount { Id = row.TeamsUserId ?? row.AadObjectId }],
            TenantId = round.TenantId,
            ChannelData = round.TenantId is null ? null : new System.Text.Json.Nodes.JsonObject { ["tenant"] = new System.Text.Json.Nodes.JsonObject { ["id"] = round.TenantId } },
        };
        await limiter.WaitForSlotAsync(null, cancellationToken);
        var connector = services.GetRequiredService<IConnectorClient>();
        var created = await connector.CreateConversationAsync(new Uri(round.ServiceUrl), parameters, cancellationToken);
        if (!created.Succeeded || string.IsNullOrEmpty(created.Value?.Id))
        {
            return (null, new SendFailure(created.Outcome, created.StatusCode, created.ErrorCode, created.RetryAfter));
        }

        var reference = new ConversationReference(
            created.Value.ServiceUrl ?? round.ServiceUrl, created.Value.Id, "personal", round.TenantId,
            row.TeamsUserId, row.AadObjectId, row.Name, round.BotId, round.BotName, "msteams");
        await store.SaveAsync(reference, cancellationToken);
        return (reference, null);
    }

    private async Task RecordFailureAsync(BotDbContext db, RoundRecipient row, SendFailure failure, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        switch (failure.Outcome)
        {
            case ConnectorOutcome.Throttled:
                // Teams (or Graph) did not take the request: safe to send again once the wait is over.
                var wait = failure.RetryAfter ?? Backoff(row.Attempts + 1);
                await limiter.PauseAsync(wait, cancellationToken);
                row.State = DeliveryState.Pending;
                row.NextAttemptAt = now + wait;
                LogThrottled(logger, row.Id, wait.TotalSeconds);
                break;
            case ConnectorOutcome.RecipientBlockedBot:
                row.State = DeliveryState.Unreachable;
                row.UnreachableReason = "They have blocked or removed the bot in Teams (403 MessageWritesBlocked).";
                break;
            default:
                row.Attempts++;
                if (failure.Reason is not null || row.Attempts >= settings.MaxAttempts)
                {
                    row.State = DeliveryState.Unreachable;
                    row.UnreachableReason = failure.Reason ?? $"Teams refused the message {row.Attempts} times (last: {failure.StatusCode} {failure.ErrorCode ?? failure.Outcome.ToString()}).";
                }
                else
                {
                    row.State = DeliveryState.Pending;
                    row.NextAttemptAt = now + Backoff(row.Attempts);
                }

                break;
        }

        if (row.State == DeliveryState.Unreachable)
        {
            LogUnreachable(logger, row.Id, failure.Outcome);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // Exponential from 2 s, capped at 10 minutes, with ±20 % jitter so retries from many rows do not bunch up.
    private static TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Min(600, 2 * Math.Pow(2, Math.Max(0, attempt - 1)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }

    private sealed record SendFailure(ConnectorOutcome Outcome, int StatusCode, string? ErrorCode, TimeSpan? RetryAfter, string? Reason = null);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Warning, Message = "{Count} outbox row(s) were abandoned mid-send and are now unconfirmed (not resent)")]
    private static partial void LogUnconfirmed(ILogger logger, int count);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Warning, Message = "Outbox row {RowId}: send outcome unknown (connection failed mid-request); not resent")]
    private static partial void LogSendUnconfirmed(ILogger logger, long rowId);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "Outbox row {RowId}: throttled, retrying in {Seconds:F1}s")]
    private static partial void LogThrottled(ILogger logger, long rowId, double seconds);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Information, Message = "Outbox row {RowId}: unreachable ({Outcome})")]
    private static partial void LogUnreachable(ILogger logger, long rowId, ConnectorOutcome outcome);
}
