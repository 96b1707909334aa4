using CadoxtonPolicyBot.Infrastructure.Coordination;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Writes the head of the audit chain to the log every Concerns:AuditHeadLogInterval: the number of concerns, the
/// last entry's sequence number and its MAC, nothing else. The log lives outside the database (Application Insights
/// in a deployment), so a database put back to an earlier state, or a chain rebuilt, no longer matches what was logged.
/// While it runs it also compares with what it logged last time, and says at once if the chain went backwards.
/// </summary>
internal sealed partial class AuditHeadLogger(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<ConcernsOptions> options,
    ILogger<AuditHeadLogger> logger,
    ILeases leases) : SingleInstanceService(leases, time)
{
    private AuditHead? _last;

    // One instance logs the head (lease "audit-head"): two lines per interval from two instances would only add noise.
    protected override string LeaseName => "audit-head";

    protected override TimeSpan Interval => options.Value.AuditHeadLogInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => LogHeadAsync(cancellationToken);

    protected override void PassFailed(Exception exception) => LogFailed(logger, exception);

    /// <summary>Reads the head, compares it with the last one logged, and logs it.</summary>
    public async Task<AuditHead> LogHeadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var head = await db.Set<ConcernAuditEntry>().AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        var concerns = await db.Set<Concern>().CountAsync(cancellationToken);
        var current = new AuditHead(concerns, head?.Sequence ?? 0, head?.Hash ?? ConcernAuditTrail.Genesis);

        if (_last is { } last)
        {
            var then = last.Sequence == 0
                ? ConcernAuditTrail.Genesis
                : await db.Set<ConcernAuditEntry>().AsNoTracking().Where(a => a.Sequence == last.Sequence).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken);
            if (current.Sequence < last.Sequence || then != last.Mac)
            {
                LogRolledBack(logger, last.Sequence, last.Mac, current.Sequence, current.Mac);
            }
        }

        _last = current;
        LogHead(logger, current.Concerns, current.Sequence, current.Mac);
        return current;
    }

    [LoggerMessage(EventId = 6060, Level = LogLevel.Information, Message = "Concern audit head: {Concerns} concerns, sequence {Sequence}, MAC {HeadMac}")]
    private static partial void LogHead(ILogger logger, int concerns, long sequence, string headMac);

    [LoggerMessage(EventId = 6061, Level = LogLevel.Critical,
        Message = "Concern audit chain went backwards: sequence {LoggedSequence} had MAC {LoggedMac} when last logged; the chain now ends at {Sequence} with MAC {HeadMac}. The database was restored or rewritten.")]
    private static partial void LogRolledBack(ILogger logger, long loggedSequence, string loggedMac, long sequence, string headMac);

    [LoggerMessage(EventId = 6063, Level = LogLevel.Error, Message = "Reading the concern audit head failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
