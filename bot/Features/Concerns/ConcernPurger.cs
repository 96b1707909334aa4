using System.Globalization;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>Deletes closed concerns (with their evidence and notes) once the retention period has passed, leaving a "purged" audit entry.</summary>
internal sealed partial class ConcernPurger(BotDbContext db, ConcernAuditTrail audit, TimeProvider time, IOptions<ConcernsOptions> options, ILogger<ConcernPurger> logger)
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now.AddYears(-options.Value.RetentionYears);
        var due = await db.Set<Concern>().AsNoTracking()
            .Where(c => c.Status == ConcernStatus.Closed && c.ClosedAt != null && c.ClosedAt < cutoff)
            .Select(c => new { c.Id, c.Reference, c.ClosedAt })
            .ToListAsync(cancellationToken);
        var purged = 0;
        foreach (var concern in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Evidence (metadata and bytes share a row), notes and routes go with the concern: the foreign keys cascade.
            var evidence = await db.Set<ConcernEvidence>().CountAsync(e => e.ConcernId == concern.Id, cancellationToken);
            await db.Set<ConcernFormToken>().Where(t => t.ConcernId == concern.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Set<ConcernEvidenceSession>().Where(s => s.ConcernId == concern.Id).ExecuteDeleteAsync(cancellationToken);
            if (await db.Set<Concern>().Where(c => c.Id == concern.Id).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                // Another purger (the daily service, another instance) got there first and wrote the "purged" entry.
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            purged++;
            await audit.AppendAsync(ConcernAuditTrail.System, AuditActions.Purged, concern.Reference,
                string.Create(CultureInfo.InvariantCulture, $"closedAt={concern.ClosedAt:O};retentionYears={options.Value.RetentionYears};evidenceFiles={evidence}"),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Unused form tokens older than a day belong to cards nobody submitted: nothing to keep them for.
        var staleTokens = now.AddDays(-1);
        await db.Set<ConcernFormToken>().Where(t => t.ConcernId == null && t.IssuedAt < staleTokens).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ConcernEvidenceSession>().Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        if (purged > 0)
        {
            LogPurged(logger, purged);
        }

        return purged;
    }

    [LoggerMessage(EventId = 6010, Level = LogLevel.Information, Message = "Purged {Count} closed concerns past their retention period")]
    private static partial void LogPurged(ILogger logger, int count);
}
