using System.Globalization;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Policy;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>What the head teacher filled in on the launch form, plus where the launch came from.</summary>
public sealed record LaunchRequest(
    string? Name,
    string? DueDate,
    string? Audience,
    string? Message,
    bool CheckQuestions,
    string LaunchedByAadObjectId,
    string? LaunchedByName,
    ConversationReference From);

/// <param name="NotStaff">People in the audience who are not on the school's staff list, and so were not sent the card.</param>
public sealed record LaunchResult(AcknowledgementRound? Round, IReadOnlyList<string> Errors, int NotStaff = 0)
{
    public bool Succeeded => Round is not null;
}

public enum AcknowledgeOutcome
{
    Recorded,
    AlreadyAcknowledged,
    UnknownRound,
    RoundClosed,
    NotInAudience,
    NotYetRead,
}

public sealed record AcknowledgeResult(AcknowledgeOutcome Outcome, Acknowledgement? Record);

public enum RemindOutcome
{
    /// <summary>Reminders were queued for <see cref="RemindResult.Count"/> people.</summary>
    Queued,
    /// <summary>Reminders went out within the interval: nothing was queued; the head teacher may confirm to send again.</summary>
    TooSoon,
    /// <summary>Everyone reachable has acknowledged: nobody to remind.</summary>
    NobodyOutstanding,
    /// <summary>The round is closed or unknown.</summary>
    NotOpen,
}

/// <param name="LastAt">When the previous reminders were queued (TooSoon), and to how many people.</param>
/// <param name="LastWave">The newest reminder wave when the reminder was refused: a confirmation names it, so a second press of the
/// same confirmation (or one drawn before another reminder went out) sends nothing.</param>
public sealed record RemindResult(RemindOutcome Outcome, int Count, DateTimeOffset At, DateTimeOffset? LastAt = null, int LastCount = 0, int LastWave = 0);

/// <param name="Notified">How many people who had not acknowledged are being told the round is closed.</param>
public sealed record CloseResult(bool Closed, int Notified, DateTimeOffset? ClosedAt);

/// <summary>A person's place in the round open for them: their acknowledgement if they made it, and whether they opened the text.</summary>
public sealed record PersonalRound(AcknowledgementRound Round, Acknowledgement? Acknowledgement, bool HasRead);

/// <summary>A person's line on the progress card and in the export.</summary>
public sealed record RecipientProgress(
    string AadObjectId,
    string? Name,
    string? UserPrincipalName,
    string Status,
    DeliveryState Delivery,
    string? UnreachableReason,
    Acknowledgement? Acknowledgement,
    DateTimeOffset? FirstReadAt);

public sealed record RoundProgress(AcknowledgementRound Round, IReadOnlyList<RecipientProgress> People)
{
    public const string Outstanding = "outstanding";
    public const string Acknowledged = "acknowledged";
    public const string Unreachable = "unreachable";

    public IEnumerable<RecipientProgress> WithStatus(string status) => People.Where(p => p.Status == status);
}

/// <summary>Rounds: launching, reading, acknowledging, chasing and closing. Every rule about a round lives here.</summary>
public sealed class AcknowledgementRounds(
    BotDbContext db,
    PolicyDocument policy,
    IAudienceDirectory audiences,
    AudienceChoices choices,
    IStaffDirectory staff,
    DeliveryWakeUp wakeUp,
    SchoolClock clock,
    TimeProvider time)
{
    public const int MaxNameLength = 64;
    public const int MaxMessageLength = 2000;

    /// <summary>"2026/27" for the school year that contains <paramref name="now"/> (years start on 1 September).</summary>
    public static string SchoolYearName(DateTimeOffset now)
    {
        var start = now.Month >= 9 ? now.Year : now.Year - 1;
        return NextYearName(start);
    }

    public static string NextYearName(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}/{(startYear + 1) % 100:00}");

    public Task<AcknowledgementRound?> FindAsync(Guid roundId, CancellationToken cancellationToken) =>
        db.Set<AcknowledgementRound>().FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken);

    public Task<List<AcknowledgementRound>> OpenRoundsAsync(CancellationToken cancellationToken) =>
        db.Set<AcknowledgementRound>().Where(r => r.Status == RoundStatus.Open).ToListAsync(cancellationToken);

    /// <summary>
    /// The newest open round this person was sent a card in (of the policy the bot has now), with where they are in it;
    /// null when no round is open for them.
    /// </summary>
    public async Task<PersonalRound?> OpenRoundForAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return null;
        }

        var id = aadObjectId.ToLowerInvariant();
        var version = policy.Version.Sha256Hex;
        var rounds = await db.Set<AcknowledgementRound>().AsNoTracking()
            .Where(r => r.Status == RoundStatus.Open && r.PolicyVersion == version)
            .Where(r => db.Set<RoundRecipient>().Any(x => x.RoundId == r.Id && x.Kind == RecipientKind.Card && x.AadObjectId == id))
            .ToListAsync(cancellationToken);
        var round = rounds.OrderByDescending(r => r.CreatedAt).FirstOrDefault();
        if (round is null)
        {
            return null;
        }

        var acknowledgement = await FindAcknowledgementAsync(round.Id, id, cancellationToken);
        var read = acknowledgement is not null || await FirstReadAsync(round.Id, id, cancellationToken) is not null;
        return new PersonalRound(round, acknowledgement, read);
    }

    /// <summary>
    /// A round asks about one version of the policy. Once the school has adopted another, the bot can no longer show
    /// that round's text, so the round takes no more acknowledgements; those already made keep their version.
    /// </summary>
    public bool IsSuperseded(AcknowledgementRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.PolicyVersion != policy.Version.Sha256Hex;
    }

    public async Task<LaunchResult> LaunchAsync(LaunchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<string>();
        // "After today" as the school's calendar reads it, not UTC's (just after midnight in summer they differ).
        var today = clock.Today;
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length == 0 || name.Length > MaxNameLength)
        {
            errors.Add($"Give the round a name of up to {MaxNameLength} characters, for example \"{SchoolYearName(time.GetUtcNow())}\".");
        }

        if (!DateOnly.TryParseExact(request.DueDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            errors.Add("Choose a due date.");
        }
        else if (due <= today)
        {
            errors.Add("The due date has to be after today.");
        }

        var message = string.IsNullOrWhiteSpace(request.Message) ? null : request.Message.Trim();
        if (message?.Length > MaxMessageLength)
        {
            errors.Add($"The message can be at most {MaxMessageLength} characters.");
        }

        if (!AudienceSpec.TryParse(request.Audience, out var audience))
        {
            errors.Add("Choose who the round is for: the staff group, one of the teams listed, or a group found by typing its name.");
        }

        if (await db.Set<AcknowledgementRound>().AnyAsync(r => r.Status == RoundStatus.Open && r.PolicyVersion == policy.Version.Sha256Hex, cancellationToken))
        {
            errors.Add("A round for this version of the policy is already open. Close it before starting another.");
        }

        if (errors.Count > 0)
        {
            return new LaunchResult(null, errors);
        }

        var resolution = await audiences.ResolveAsync(audience, new Uri(request.From.ServiceUrl), cancellationToken);
        if (resolution.Error is not null)
        {
            return new LaunchResult(null, [resolution.Error]);
        }

        // Only staff receive a round: a team or group can hold pupils (Hwb) or people from outside the school.
        var everyone = Distinct(resolution.Members);
        var members = everyone.Where(m => staff.IsStaff(m.AadObjectId)).ToList();
        var audienceName = choices.IsStaffGroup(audience) ? await choices.StaffGroupNameAsync(audience.Id, cancellationToken)
            : resolution.Name ?? (audience.Kind == AudienceKind.Team ? "A Teams team" : "An Entra group");
        if (members.Count == 0)
        {
            return new LaunchResult(null, [everyone.Count == 0
                ? "That audience has nobody in it, so there is no one to send the policy to. Check the group or team."
                : $"Nobody in {audienceName} is on the school's staff list, so there is no one to send the policy to."]);
        }

        var now = time.GetUtcNow();
        var people = string.Create(CultureInfo.InvariantCulture, $"{members.Count} {(members.Count == 1 ? "person" : "people")}");
        var shownName = audienceName.Length > 256 ? audienceName[..256] : audienceName;
        // "Year 6 (team, 12 people)", "Governors (group, 9 people)", "Cadoxton Staff (the staff group, 54 people)".
        var description = choices.IsStaffGroup(audience) && shownName.EndsWith(')')
            ? $"{shownName[..^1]}, {people})"
            : $"{shownName} ({(audience.Kind == AudienceKind.Team ? "team" : "group")}, {people})";
        var round = new AcknowledgementRound
        {
            Id = Guid.NewGuid(),
            Name = name,
            DueDate = due,
            Audience = audience.ToString(),
            AudienceName = shownName,
            AudienceDescription = description,
            Message = message,
            PolicyVersion = policy.Version.Sha256Hex,
            PolicyAdoptedOn = policy.AdoptedOn,
            Status = RoundStatus.Open,
            CheckQuestions = request.CheckQuestions,
            CreatedByAadObjectId = request.LaunchedByAadObjectId,
            CreatedByName = request.LaunchedByName,
            CreatedAt = now,
            ServiceUrl = request.From.ServiceUrl,
            TenantId = request.From.TenantId,
            BotId = request.From.BotId,
            BotName = request.From.BotName,
        };
        db.Add(round);
        db.AddRange(members.Select(m => NewRow(round.Id, m, RecipientKind.Card, 0, now)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another launch for the same policy version won the race (unique open-round index).
            db.ChangeTracker.Clear();
            return new LaunchResult(null, ["A round for this version of the policy is already open. Close it before starting another."]);
        }

        wakeUp.Wake();
        return new LaunchResult(round, [], everyone.Count - members.Count);
    }

    /// <summary>People added to an open round's audience after launch get the card; those already in it are skipped.</summary>
    public async Task<int> AddRecipientsAsync(AcknowledgementRound round, IReadOnlyList<AudienceMember> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round.Status != RoundStatus.Open)
        {
            return 0;
        }

        var known = (await db.Set<RoundRecipient>()
            .Where(r => r.RoundId == round.Id && r.Kind == RecipientKind.Card)
            .Select(r => r.AadObjectId)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = time.GetUtcNow();
        var added = Distinct(members).Where(m => staff.IsStaff(m.AadObjectId) && !known.Contains(m.AadObjectId)).Select(m => NewRow(round.Id, m, RecipientKind.Card, 0, now)).ToList();
        if (added.Count == 0)
        {
            return 0;
        }

        db.AddRange(added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent check (another instance, or a join event) added some of them first; the next check adds the rest.
            db.ChangeTracker.Clear();
            return 0;
        }

        wakeUp.Wake();
        return added.Count;
    }

    public async Task RecordReadingAsync(AcknowledgementRound round, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(aadObjectId);
        aadObjectId = aadObjectId.ToLowerInvariant();
        db.Add(new PolicyReading { RoundId = round.Id, AadObjectId = aadObjectId, PolicyVersion = round.PolicyVersion, ReadAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
    }

    // Entra object ids are stored lower-case; Teams sends them in whatever case it likes.
    public Task<DateTimeOffset?> FirstReadAsync(Guid roundId, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        var id = aadObjectId.ToLowerInvariant();
        return db.Set<PolicyReading>().Where(r => r.RoundId == roundId && r.AadObjectId == id)
            .OrderBy(r => r.ReadAt).Select(r => (DateTimeOffset?)r.ReadAt).FirstOrDefaultAsync(cancellationToken);
    }

    public Task<Acknowledgement?> FindAcknowledgementAsync(Guid roundId, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        var id = aadObjectId.ToLowerInvariant();
        return db.Set<Acknowledgement>().AsNoTracking().FirstOrDefaultAsync(a => a.RoundId == roundId && a.AadObjectId == id, cancellationToken);
    }

    /// <summary>Records that this person has read and understood the round's policy version; a second press changes nothing.</summary>
    public async Task<AcknowledgeResult> AcknowledgeAsync(Guid roundId, string aadObjectId, string name, string? activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        aadObjectId = aadObjectId.ToLowerInvariant();
        var round = await FindAsync(roundId, cancellationToken);
        if (round is null)
        {
            return new AcknowledgeResult(AcknowledgeOutcome.UnknownRound, null);
        }

        var existing = await FindAcknowledgementAsync(roundId, aadObjectId, cancellationToken);
        if (existing is not null)
        {
            return new AcknowledgeResult(AcknowledgeOutcome.AlreadyAcknowledged, existing);
        }

        if (round.Status != RoundStatus.Open)
        {
            return new AcknowledgeResult(AcknowledgeOutcome.RoundClosed, null);
        }

        var recipient = await db.Set<RoundRecipient>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.RoundId == roundId && r.Kind == RecipientKind.Card && r.AadObjectId == aadObjectId, cancellationToken);
        if (recipient is null)
        {
            return new AcknowledgeResult(AcknowledgeOutcome.NotInAudience, null);
        }

        var readAt = await FirstReadAsync(roundId, aadObjectId, cancellationToken);
        if (readAt is null)
        {
            return new AcknowledgeResult(AcknowledgeOutcome.NotYetRead, null);
        }

        var record = new Acknowledgement
        {
            RoundId = roundId,
            AadObjectId = aadObjectId,
            Name = name,
            UserPrincipalName = recipient.UserPrincipalName,
            AcknowledgedAt = time.GetUtcNow(),
            PolicyVersion = round.PolicyVersion,
            ActivityId = activityId,
            ReadAt = readAt,
        };
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double tap: the first press already recorded it (unique per round and person).
            db.ChangeTracker.Clear();
            return new AcknowledgeResult(AcknowledgeOutcome.AlreadyAcknowledged, await FindAcknowledgementAsync(roundId, aadObjectId, cancellationToken));
        }

        return new AcknowledgeResult(AcknowledgeOutcome.Recorded, record);
    }

    public async Task<RoundProgress?> ProgressAsync(Guid roundId, CancellationToken cancellationToken)
    {
        var round = await db.Set<AcknowledgementRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
        {
            return null;
        }

        var rows = await db.Set<RoundRecipient>().AsNoTracking()
            .Where(r => r.RoundId == roundId && r.Kind == RecipientKind.Card).ToListAsync(cancellationToken);
        var acks = (await db.Set<Acknowledgement>().AsNoTracking().Where(a => a.RoundId == roundId).ToListAsync(cancellationToken))
            .ToDictionary(a => a.AadObjectId, StringComparer.OrdinalIgnoreCase);
        var reads = (await db.Set<PolicyReading>().AsNoTracking().Where(r => r.RoundId == roundId)
                .GroupBy(r => r.AadObjectId).Select(g => new { Id = g.Key, First = g.Min(r => r.ReadAt) })
                .ToListAsync(cancellationToken))
            .ToDictionary(r => r.Id, r => r.First, StringComparer.OrdinalIgnoreCase);

        var people = rows.Select(r =>
            {
                acks.TryGetValue(r.AadObjectId, out var ack);
                var status = ack is not null ? RoundProgress.Acknowledged
                    : r.State == DeliveryState.Unreachable ? RoundProgress.Unreachable
                    : RoundProgress.Outstanding;
                return new RecipientProgress(r.AadObjectId, ack?.Name ?? r.Name, ack?.UserPrincipalName ?? r.UserPrincipalName, status, r.State,
                    r.UnreachableReason, ack, reads.TryGetValue(r.AadObjectId, out var read) ? read : null);
            })
            .OrderBy(p => p.Status switch { RoundProgress.Outstanding => 0, RoundProgress.Acknowledged => 1, _ => 2 })
            .ThenBy(p => p.Name ?? p.UserPrincipalName ?? p.AadObjectId, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new RoundProgress(round, people);
    }

    /// <summary>Queues a reminder for everyone who has neither acknowledged nor been found unreachable. Returns how many.</summary>
    public async Task<int> RemindOutstandingAsync(Guid roundId, CancellationToken cancellationToken) =>
        (await RemindAsync(roundId, TimeSpan.Zero, cancellationToken)).Count;

    /// <summary>
    /// The head teacher's "Remind those outstanding": refused as <see cref="RemindOutcome.TooSoon"/> when reminders went
    /// out less than <paramref name="interval"/> ago (pass zero once they have confirmed).
    /// </summary>
    public async Task<RemindResult> RemindAsync(Guid roundId, TimeSpan interval, CancellationToken cancellationToken, int? confirmedAfterWave = null)
    {
        var now = time.GetUtcNow();
        var round = await FindAsync(roundId, cancellationToken);
        if (round is null || round.Status != RoundStatus.Open)
        {
            return new RemindResult(RemindOutcome.NotOpen, 0, now);
        }

        var reminders = db.Set<RoundRecipient>().Where(r => r.RoundId == roundId && r.Kind == RecipientKind.Reminder);
        var lastWave = await reminders.MaxAsync(r => (int?)r.Sequence, cancellationToken) ?? 0;
        // A confirmation is for the wave it was shown after; if another has gone since, it confirms nothing new.
        var stale = confirmedAfterWave is { } seen && seen != lastWave;
        if ((interval > TimeSpan.Zero || stale) && lastWave > 0)
        {
            var last = await reminders.Where(r => r.Sequence == lastWave).Select(r => new { r.CreatedAt }).ToListAsync(cancellationToken);
            var lastAt = last.Max(r => r.CreatedAt);
            if (stale || now - lastAt < interval)
            {
                return new RemindResult(RemindOutcome.TooSoon, 0, now, lastAt, last.Count, lastWave);
            }
        }

        var acknowledged = db.Set<Acknowledgement>().Where(a => a.RoundId == roundId).Select(a => a.AadObjectId);
        var outstanding = await db.Set<RoundRecipient>().AsNoTracking()
            .Where(r => r.RoundId == roundId && r.Kind == RecipientKind.Card && r.State != DeliveryState.Unreachable && !acknowledged.Contains(r.AadObjectId))
            .ToListAsync(cancellationToken);
        if (outstanding.Count == 0)
        {
            return new RemindResult(RemindOutcome.NobodyOutstanding, 0, now);
        }

        var wave = lastWave + 1;
        db.AddRange(outstanding.Select(r => NewRow(roundId, new AudienceMember(r.AadObjectId, r.Name, r.UserPrincipalName, r.TeamsUserId),
            RecipientKind.Reminder, wave, now)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two presses at once: the other one queued this wave; nobody is reminded twice.
            db.ChangeTracker.Clear();
            return new RemindResult(RemindOutcome.TooSoon, 0, now, now, outstanding.Count, wave);
        }

        wakeUp.Wake();
        return new RemindResult(RemindOutcome.Queued, outstanding.Count, now);
    }

    /// <summary>
    /// Whether an outbox row of this kind still goes out for the round as it stands: cards and reminders only while the
    /// round is open for the policy the bot has (a replaced text cannot be shown); the closing notice once it is closed.
    /// </summary>
    public static bool StillToSend(AcknowledgementRound round, RecipientKind kind, string currentPolicyVersion)
    {
        ArgumentNullException.ThrowIfNull(round);
        return kind == RecipientKind.ClosedNotice
            ? round.Status == RoundStatus.Closed
            : round.Status == RoundStatus.Open && round.PolicyVersion == currentPolicyVersion;
    }

    /// <summary>How many people have not acknowledged and are not unreachable: those a close would leave out.</summary>
    public async Task<int> OutstandingCountAsync(Guid roundId, CancellationToken cancellationToken)
    {
        var acknowledged = db.Set<Acknowledgement>().Where(a => a.RoundId == roundId).Select(a => a.AadObjectId);
        return await db.Set<RoundRecipient>()
            .CountAsync(r => r.RoundId == roundId && r.Kind == RecipientKind.Card && r.State != DeliveryState.Unreachable && !acknowledged.Contains(r.AadObjectId), cancellationToken);
    }

    /// <summary>
    /// Closes the round: no more acknowledgements, and nothing still queued for it is sent. Everyone who had their card
    /// and had not acknowledged is told, through the outbox (one notice per person: the close happens once, in one
    /// transaction with the notices, so a second press or a second instance adds none).
    /// <para>
    /// A card may be on its way at that moment (Sending: its one HTTP call is in flight). Its person is told too: the
    /// dispatcher holds the notice until the card's outcome is known, sends it after a card that went (or may have), and
    /// drops it for one that did not. No card leaves after the close: a sender marks a row Sending only in a
    /// transaction that first locks this round's row as still open (<see cref="OutboxDispatcher"/>), and the close's
    /// first statement takes the same lock, so every card is either Sending before the close looks, or never sent.
    /// </para>
    /// </summary>
    /// <param name="notifyOutstanding">False when the round closes because the policy changed: a new round will ask them.</param>
    public async Task<CloseResult> CloseAsync(Guid roundId, CancellationToken cancellationToken, bool notifyOutstanding = true)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var closed = await db.Set<AcknowledgementRound>()
            .Where(r => r.Id == roundId && r.Status == RoundStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RoundStatus.Closed).SetProperty(r => r.ClosedAt, now), cancellationToken);
        if (closed == 0)
        {
            return new CloseResult(false, 0, null);
        }

        await db.Set<RoundRecipient>()
            .Where(r => r.RoundId == roundId && r.State == DeliveryState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, DeliveryState.Cancelled), cancellationToken);

        // Those whose card reached them, may have, or is on its way: someone whose card never left has nothing to be
        // told about. (Pending cards were cancelled above and can no longer be sent.)
        var acknowledged = db.Set<Acknowledgement>().Where(a => a.RoundId == roundId).Select(a => a.AadObjectId);
        var told = !notifyOutstanding ? [] : await db.Set<RoundRecipient>().AsNoTracking()
            .Where(r => r.RoundId == roundId && r.Kind == RecipientKind.Card && !acknowledged.Contains(r.AadObjectId)
                && (r.State == DeliveryState.Sent || r.State == DeliveryState.Unconfirmed || r.State == DeliveryState.Sending))
            .ToListAsync(cancellationToken);
        db.AddRange(told.Select(r => NewRow(roundId, new AudienceMember(r.AadObjectId, r.Name, r.UserPrincipalName, r.TeamsUserId),
            RecipientKind.ClosedNotice, 0, now)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (told.Count > 0)
        {
            wakeUp.Wake();
        }

        return new CloseResult(true, told.Count, now);
    }

    private static List<AudienceMember> Distinct(IEnumerable<AudienceMember> members) =>
        [.. members.Where(m => !string.IsNullOrWhiteSpace(m.AadObjectId)).DistinctBy(m => m.AadObjectId.ToLowerInvariant())];

    private static RoundRecipient NewRow(Guid roundId, AudienceMember member, RecipientKind kind, int sequence, DateTimeOffset now) => new()
    {
        RoundId = roundId,
        Kind = kind,
        Sequence = sequence,
        AadObjectId = member.AadObjectId.ToLowerInvariant(),
        Name = member.Name,
        UserPrincipalName = member.UserPrincipalName,
        TeamsUserId = member.TeamsUserId,
        State = DeliveryState.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };
}
