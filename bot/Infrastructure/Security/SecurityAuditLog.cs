using System.Collections.Concurrent;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Security;

/// <summary>
/// Writes refusals to the security_audit table, at most one row per person and reason within
/// <see cref="SecurityAuditOptions.RepeatWindow"/>, and deletes rows past their retention once a day.
/// </summary>
internal sealed partial class SecurityAuditLog(
    BotDbContext db,
    RecentRefusals recent,
    IOptions<SecurityAuditOptions> options,
    TimeProvider time,
    ILogger<SecurityAuditLog> logger) : ISecurityAudit
{
    public async Task RecordRefusalAsync(RefusalReason reason, string activityType, string? tenantId, string? aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activityType);
        var now = time.GetUtcNow();
        LogRefused(logger, reason, activityType, reason == RefusalReason.ForeignTenant ? tenantId : null);
        if (!recent.ShouldRecord(reason, tenantId, aadObjectId, now, options.Value.RepeatWindow))
        {
            return;
        }

        db.Set<SecurityAuditEntry>().Add(new SecurityAuditEntry
        {
            At = now,
            Reason = reason.ToString(),
            ActivityType = Clip(activityType, 64)!,
            TenantId = Clip(tenantId, 64),
            AadObjectId = Clip(aadObjectId, 64),
        });
        await db.SaveChangesAsync(cancellationToken);

        if (recent.PurgeDue(now))
        {
            var cutoff = now.AddDays(-options.Value.RetentionDays);
            // Refusals only: the record of an operation that removed records is kept as long as the database.
            string[] refusals = [nameof(RefusalReason.ForeignTenant), nameof(RefusalReason.NotStaff)];
            var purged = await db.Set<SecurityAuditEntry>().Where(e => e.At < cutoff && refusals.Contains(e.Reason)).ExecuteDeleteAsync(cancellationToken);
            if (purged > 0)
            {
                LogPurged(logger, purged, options.Value.RetentionDays);
            }
        }
    }

    public async Task RecordOperationAsync(AuditedOperation operation, string actor, string via, int count, string detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(via);
        ArgumentNullException.ThrowIfNull(detail);
        db.Set<SecurityAuditEntry>().Add(new SecurityAuditEntry
        {
            At = time.GetUtcNow(),
            Reason = operation.ToString(),
            ActivityType = Clip(via, 64)!,
            Actor = Clip(actor, 256),
            Count = count,
            Detail = Clip(detail, 500),
        });
        await db.SaveChangesAsync(cancellationToken);
        LogOperation(logger, operation, count, via);
    }

    // Values come from an authenticated activity and were bounded by ActivityShape; this only keeps the column safe.
    private static string? Clip(string? value, int length) => value is null || value.Length <= length ? value : value[..length];

    [LoggerMessage(EventId = 230, Level = LogLevel.Warning, Message = "Refused a {ActivityType} activity: {Reason} (tenant {ForeignTenantId})")]
    private static partial void LogRefused(ILogger logger, RefusalReason reason, string activityType, string? foreignTenantId);

    [LoggerMessage(EventId = 232, Level = LogLevel.Warning, Message = "Audited operation {Operation}: {Count} record(s), through {Via}")]
    private static partial void LogOperation(ILogger logger, AuditedOperation operation, int count, string via);

    [LoggerMessage(EventId = 231, Level = LogLevel.Information, Message = "Deleted {Count} security audit rows older than {Days} days")]
    private static partial void LogPurged(ILogger logger, int count, int days);
}

/// <summary>Who was refused lately, per process: repeats inside the window add no row. Bounded; a flood of new ids clears it.</summary>
internal sealed class RecentRefusals
{
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<(RefusalReason, string?, string?), DateTimeOffset> _lastRecorded = new();
    private long _lastPurgeTicks;

    public bool ShouldRecord(RefusalReason reason, string? tenantId, string? aadObjectId, DateTimeOffset now, TimeSpan window)
    {
        var key = (reason, tenantId?.ToLowerInvariant(), aadObjectId?.ToLowerInvariant());
        if (_lastRecorded.TryGetValue(key, out var last) && now - last < window)
        {
            return false;
        }

        if (_lastRecorded.Count >= Capacity)
        {
            _lastRecorded.Clear();
        }

        _lastRecorded[key] = now;
        return true;
    }

    /// <summary>True at most once a day per process.</summary>
    public bool PurgeDue(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastPurgeTicks);
        return now.UtcTicks - last >= TimeSpan.TicksPerDay && Interlocked.CompareExchange(ref _lastPurgeTicks, now.UtcTicks, last) == last;
    }
}

public static class SecurityAuditModule
{
    /// <summary>The refusal audit; safe to call from every module that refuses (registered once).</summary>
    public static IServiceCollection AddSecurityAudit(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ISecurityAudit)))
        {
            return services;
        }

        services.AddOptions<SecurityAuditOptions>().BindConfiguration(SecurityAuditOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RecentRefusals>();
        services.AddScoped<ISecurityAudit, SecurityAuditLog>();
        return services;
    }
}
