using System.Globalization;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// The calendar side of rounds: automatic reminders before and after the due date, the yearly offer of the next
/// round to the head teacher(s), the offer of a round when the school adopts a new text of the policy, and a daily
/// look at each open round's audience for people who joined since.
/// Each event is claimed by inserting a unique <see cref="ScheduleMarker"/>, so it happens once whatever the number
/// of instances, and a missed run (the app was down) catches up with only the latest reminder, not all of them.
/// </summary>
public sealed partial class AcknowledgementSchedule(
    BotDbContext db,
    AcknowledgementRounds rounds,
    IAudienceDirectory audiences,
    IConversationReferenceStore references,
    IConnectorClient connector,
    IOptionsMonitor<RolesOptions> roles,
    IOptions<AcknowledgementOptions> options,
    PolicyDocument policy,
    TimeProvider time,
    ILogger<AcknowledgementSchedule> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await OfferRoundForRevisedPolicyAsync(cancellationToken);
        foreach (var round in await rounds.OpenRoundsAsync(cancellationToken))
        {
            await RemindIfDueAsync(round, cancellationToken);
            await RefreshAudienceIfDueAsync(round, cancellationToken);
        }

        await OfferNextRoundIfDueAsync(cancellationToken);
    }

    /// <summary>The latest reminder instant at or before now: N days before the due date, then every 7 days after it.</summary>
    public static DateTimeOffset? LatestReminderDue(DateOnly dueDate, IEnumerable<int> daysBefore, TimeSpan timeOfDay, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(daysBefore);
        var due = new DateTimeOffset(dueDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + timeOfDay;
        var instants = daysBefore.Where(d => d > 0).Select(d => due.AddDays(-d)).ToList();
        if (now > due)
        {
            var weeks = (int)Math.Floor((now - due).TotalDays / 7);
            if (weeks >= 1)
            {
                instants.Add(due.AddDays(7 * weeks));
            }
        }

        var past = instants.Where(i => i <= now).ToList();
        return past.Count == 0 ? null : past.Max();
    }

    private async Task RemindIfDueAsync(AcknowledgementRound round, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var instant = LatestReminderDue(round.DueDate, settings.ReminderDaysBeforeDue, settings.ReminderTimeOfDayUtc, time.GetUtcNow());
        // Nothing to chase before the round existed (a round launched two days before its due date skips the 7-day one).
        if (instant is null || instant <= round.CreatedAt)
        {
            return;
        }

        if (await ClaimAsync(string.Create(CultureInfo.InvariantCulture, $"remind:{round.Id:N}:{instant.Value.UtcDateTime:yyyyMMdd}"), cancellationToken))
        {
            var count = await rounds.RemindOutstandingAsync(round.Id, cancellationToken);
            LogReminders(logger, round.Id, count);
        }
    }

    private async Task RefreshAudienceIfDueAsync(AcknowledgementRound round, CancellationToken cancellationToken)
    {
        var today = time.GetUtcNow().UtcDateTime;
        if (DateOnly.FromDateTime(today) == DateOnly.FromDateTime(round.CreatedAt.UtcDateTime)
            || !AudienceSpec.TryParse(round.Audience, out var audience)
            || !await ClaimAsync(string.Create(CultureInfo.InvariantCulture, $"audience:{round.Id:N}:{today:yyyyMMdd}"), cancellationToken))
        {
            return;
        }

        var resolution = await audiences.ResolveAsync(audience, new Uri(round.ServiceUrl), cancellationToken);
        if (resolution.Error is null)
        {
            var added = await rounds.AddRecipientsAsync(round, resolution.Members, cancellationToken);
            LogJoiners(logger, round.Id, added);
        }
    }

    /// <summary>
    /// A new text of the policy starts a new cycle: once rounds have been run, a version none of them asked about is
    /// offered to the head teacher(s), once, and rounds still open for an earlier version are closed (the bot can no
    /// longer show their text). Acknowledgements already made keep the version each person confirmed.
    /// </summary>
    private async Task OfferRoundForRevisedPolicyAsync(CancellationToken cancellationToken)
    {
        var version = policy.Version.Sha256Hex;
        var set = db.Set<AcknowledgementRound>();
        if (!await set.AnyAsync(cancellationToken)
            || await set.AnyAsync(r => r.PolicyVersion == version, cancellationToken)
            || !await ClaimAsync("revision:" + version, cancellationToken))
        {
            return;
        }

        var superseded = await set.Where(r => r.Status == RoundStatus.Open && r.PolicyVersion != version).ToListAsync(cancellationToken);
        foreach (var round in superseded)
        {
            await rounds.CloseAsync(round.Id, cancellationToken, notifyOutstanding: false);
        }

        LogRevision(logger, policy.Version.Abbreviated, superseded.Count);
        var name = string.Create(CultureInfo.InvariantCulture, $"{AcknowledgementRounds.SchoolYearName(time.GetUtcNow())} (policy of {policy.AdoptedOn:d MMM yyyy})");
        var card = AcknowledgementCards.RevisionOffer(policy.Edition, name, superseded);
        await SendToHeadTeachersAsync(card, "The social media policy has changed: start a round for the new version?", cancellationToken);
    }

    private async Task OfferNextRoundIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var parts = options.Value.AnnualOfferDate.Split('-');
        var month = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var day = Math.Min(int.Parse(parts[1], CultureInfo.InvariantCulture), DateTime.DaysInMonth(now.Year, month));
        var offerDay = new DateTimeOffset(now.Year, month, day, 0, 0, 0, TimeSpan.Zero) + options.Value.ReminderTimeOfDayUtc;
        if (now < offerDay || now - offerDay > TimeSpan.FromDays(30))
        {
            return;
        }

        // The round offered is the school year starting in the offer's calendar year: "2027/28" on 1 September 2027.
        var name = AcknowledgementRounds.NextYearName(now.Year);
        if (await db.Set<AcknowledgementRound>().AnyAsync(r => r.Name == name, cancellationToken)
            || !await ClaimAsync(string.Create(CultureInfo.InvariantCulture, $"offer:{now.Year}"), cancellationToken))
        {
            return;
        }

        await SendToHeadTeachersAsync(AcknowledgementCards.AnnualOffer(name), $"Start the {name} policy acknowledgements?", cancellationToken);
    }

    private async Task SendToHeadTeachersAsync(Cards.AdaptiveCard card, string summary, CancellationToken cancellationToken)
    {
        foreach (var headTeacher in roles.CurrentValue.HeadTeacherIds)
        {
            var reference = await references.FindPersonalAsync(headTeacher.ToLowerInvariant(), cancellationToken)
                ?? await references.FindPersonalAsync(headTeacher, cancellationToken);
            if (reference is null)
            {
                LogNoChat(logger);
                continue;
            }

            var activity = reference.CreateMessage();
            activity.Summary = summary;
            activity.Attachments = [card.ToAttachment()];
            var sent = await connector.SendToConversationAsync(new Uri(reference.ServiceUrl), reference.ConversationId, activity, cancellationToken);
            LogOffered(logger, sent.Outcome);
        }
    }

    private async Task<bool> ClaimAsync(string key, CancellationToken cancellationToken)
    {
        if (await db.Set<ScheduleMarker>().AnyAsync(m => m.Key == key, cancellationToken))
        {
            return false;
        }

        db.Add(new ScheduleMarker { Key = key, CreatedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    [LoggerMessage(EventId = 5040, Level = LogLevel.Information, Message = "Round {RoundId}: automatic reminder queued for {Count} people")]
    private static partial void LogReminders(ILogger logger, Guid roundId, int count);

    [LoggerMessage(EventId = 5041, Level = LogLevel.Information, Message = "Round {RoundId}: {Count} new audience member(s) added")]
    private static partial void LogJoiners(ILogger logger, Guid roundId, int count);

    [LoggerMessage(EventId = 5045, Level = LogLevel.Information, Message = "New policy version {Version}: round offered to the head teacher, {Closed} round(s) of the earlier version closed")]
    private static partial void LogRevision(ILogger logger, string version, int closed);

    [LoggerMessage(EventId = 5042, Level = LogLevel.Information, Message = "Round offer sent to a head teacher: {Outcome}")]
    private static partial void LogOffered(ILogger logger, ConnectorOutcome outcome);

    [LoggerMessage(EventId = 5043, Level = LogLevel.Warning, Message = "Round offer skipped for a head teacher who has no 1:1 chat with the bot")]
    private static partial void LogNoChat(ILogger logger);
}
