using CadoxtonPolicyBot.Infrastructure.Coordination;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// Keeps <see cref="StaffGroupMembers"/> current: at start-up it loads the members kept in the database at the last
/// successful read (so a restart during a Graph outage still knows the staff), or, on a first start, waits briefly
/// for Graph; then it reads the group from Graph every Roles:GroupRefreshInterval and keeps the database copy in step.
/// When Graph fails, the last known members stay: the bot is never opened to everyone, nor closed to all staff.
/// <para>
/// Every instance reads the group into its own memory (each serves turns from it). Writing the list to the database,
/// noting leavers and removing what is kept for leavers past Roles:LeaverGracePeriod is done by one instance at a time
/// (lease "staff-list"), so two instances never write the list at once or audit the same removal twice.
/// </para>
/// </summary>
internal sealed partial class StaffGroupRefresher(
    IOptionsMonitor<RolesOptions> options,
    IOptions<BotIdentityOptions> identity,
    IStaffGroupSource source,
    StaffGroupMembers members,
    StaffListSeal seal,
    IServiceScopeFactory scopes,
    ILeases leases,
    TimeProvider time,
    ILogger<StaffGroupRefresher> logger) : BackgroundService
{
    /// <summary>On a first start with nothing in the database, how long start-up waits for the first read.</summary>
    internal static readonly TimeSpan FirstReadWait = TimeSpan.FromSeconds(30);

    private string? GroupId => identity.Value.HasAppId && !string.IsNullOrWhiteSpace(options.CurrentValue.StaffGroupId)
        ? options.CurrentValue.StaffGroupId.Trim().ToLowerInvariant()
        : null;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!identity.Value.HasAppId)
        {
            LogLocalMode(logger);
        }
        else if (options.CurrentValue.AllowAllTenantUsers && GroupId is null)
        {
            LogEveryone(logger, identity.Value.MicrosoftAppTenantId);
        }
        else if (GroupId is { } groupId && !await LoadKnownAsync(groupId, cancellationToken) && source.IsAvailable)
        {
            // Nothing known yet (the first start): wait a little for Graph rather than refuse every member of staff.
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(FirstReadWait);
            try
            {
                await RefreshAsync(groupId, wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                LogFirstReadSlow(logger, FirstReadWait);
            }
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (GroupId is null)
        {
            return;
        }

        if (!source.IsAvailable)
        {
            LogNoGraph(logger, members.Members.Count);
            return;
        }

        var readJustNow = members.Source == StaffListSource.Graph;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!readJustNow && GroupId is { } groupId)
                {
                    await RefreshAsync(groupId, stoppingToken);
                }

                readJustNow = false;
                await Task.Delay(options.CurrentValue.GroupRefreshInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>One read from Graph: on success the members are served and kept in the database; on failure nothing changes.</summary>
    internal async Task RefreshAsync(string groupId, CancellationToken cancellationToken)
    {
        var read = await source.ReadAsync(groupId, cancellationToken);
        if (read.Members is not { } ids)
        {
            LogFailed(logger, read.FailureStatus, members.Members.Count, members.Source, members.ReadAt);
            return;
        }

        // Whole milliseconds: PostgreSQL keeps microseconds, and the sealed rows must read back exactly as written.
        var now = time.GetUtcNow();
        now = now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerMillisecond));
        members.Replace(groupId, ids, now, StaffListSource.Graph);
        LogRefreshed(logger, ids.Count);
        try
        {
            var lease = options.CurrentValue.GroupRefreshInterval * 2;
            if (await leases.TryHoldAsync(LeaseName, lease, cancellationToken))
            {
                await PersistAsync(groupId, ids, now, cancellationToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<LeaverCleanup>().RemovePastGraceAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            // The database is briefly away: the list in memory is current, and the next refresh writes it again.
            LogPersistFailed(logger, ex);
        }
    }

    internal const string LeaseName = "staff-list";

    private async Task<bool> LoadKnownAsync(string groupId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var rows = await db.Set<KnownStaffMember>().AsNoTracking().Where(m => m.GroupId == groupId).ToListAsync(cancellationToken);
        var sealedRows = rows.Where(seal.IsValid).ToList();
        if (sealedRows.Count < rows.Count)
        {
            LogUnsealed(logger, rows.Count - sealedRows.Count);
        }

        if (sealedRows.Count == 0)
        {
            return false;
        }

        // The latest read only: a row of an earlier list (someone who has left), even sealed, is not put back.
        var readAt = sealedRows.Max(m => m.ReadAt);
        var known = sealedRows.Where(m => m.ReadAt == readAt).Select(m => m.AadObjectId).ToList();
        members.Replace(groupId, known, readAt, StaffListSource.Database);
        LogLoaded(logger, known.Count, readAt);
        return true;
    }

    private async Task PersistAsync(string groupId, IReadOnlyCollection<string> ids, DateTimeOffset readAt, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Who was on the list kept last time (its latest read, sealed rows only), to note who has left since.
        var kept = await db.Set<KnownStaffMember>().AsNoTracking().Where(m => m.GroupId == groupId).ToListAsync(cancellationToken);
        var sealedKept = kept.Where(seal.IsValid).ToList();
        var before = sealedKept.Count == 0 ? [] : sealedKept.Where(m => m.ReadAt == sealedKept.Max(k => k.ReadAt)).Select(m => m.AadObjectId).ToList();
        await scope.ServiceProvider.GetRequiredService<LeaverCleanup>().NoteChangesAsync(before, ids, readAt, cancellationToken);
        // Rows of any other group go too: a changed Roles:StaffGroupId must not leave the old group's members behind.
        await db.Set<KnownStaffMember>().ExecuteDeleteAsync(cancellationToken);
        db.Set<KnownStaffMember>().AddRange(ids.Select(id => id.ToLowerInvariant()).Distinct(StringComparer.Ordinal)
            .Select(id => new KnownStaffMember { GroupId = groupId, AadObjectId = id, ReadAt = readAt, Seal = seal.Compute(groupId, id, readAt) }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 240, Level = LogLevel.Information, Message = "Staff group read from Microsoft Graph: {Count} member(s)")]
    private static partial void LogRefreshed(ILogger logger, int count);

    [LoggerMessage(EventId = 241, Level = LogLevel.Warning, Message =
        "Reading the staff group from Microsoft Graph failed with status {StatusCode}; still serving the {Count} member(s) known from {Source} (read at {ReadAt}), plus head teachers and concern handlers")]
    private static partial void LogFailed(ILogger logger, int statusCode, int count, StaffListSource source, DateTimeOffset? readAt);

    [LoggerMessage(EventId = 242, Level = LogLevel.Information, Message = "Staff group: {Count} member(s) loaded from the database, as read from Graph at {ReadAt}")]
    private static partial void LogLoaded(ILogger logger, int count, DateTimeOffset readAt);

    [LoggerMessage(EventId = 243, Level = LogLevel.Warning, Message = "The staff group was not read within {Wait}; until it is, only head teachers and concern handlers are served")]
    private static partial void LogFirstReadSlow(ILogger logger, TimeSpan wait);

    [LoggerMessage(EventId = 244, Level = LogLevel.Warning, Message = "Could not keep the staff group's members in the database; the next refresh tries again")]
    private static partial void LogPersistFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 245, Level = LogLevel.Warning, Message = "Roles:StaffGroupId is set but Microsoft Graph is not available: serving the {Count} member(s) known from the database, head teachers and concern handlers")]
    private static partial void LogNoGraph(ILogger logger, int count);

    [LoggerMessage(EventId = 246, Level = LogLevel.Warning, Message =
        "Roles:AllowAllTenantUsers=true: every account of tenant {TenantId} is served as staff. Unsafe on a tenant shared with pupils or other schools (Hwb): set Roles:StaffGroupId instead")]
    private static partial void LogEveryone(ILogger logger, string? tenantId);

    [LoggerMessage(EventId = 248, Level = LogLevel.Error, Message =
        "{Count} staff group row(s) in the database do not carry the bot's seal: written by something other than the bot. Ignored.")]
    private static partial void LogUnsealed(ILogger logger, int count);

    [LoggerMessage(EventId = 247, Level = LogLevel.Information, Message = "Local mode: everyone who reaches the bot (this machine only) is served as staff")]
    private static partial void LogLocalMode(ILogger logger);
}
