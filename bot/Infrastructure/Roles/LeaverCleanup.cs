using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// Notes who left the staff group between two reads, and removes the stored conversation references (and, through
/// <see cref="ILeaverRecords"/>, pending outbox rows) of those who left more than Roles:LeaverGracePeriod ago. Each
/// removal is written to the security audit as counts only: no id or name of the leavers.
/// </summary>
internal sealed partial class LeaverCleanup(
    BotDbContext db,
    StaffRoles roles,
    IEnumerable<ILeaverRecords> featureRecords,
    ISecurityAudit audit,
    IOptionsMonitor<RolesOptions> options,
    TimeProvider time,
    ILogger<LeaverCleanup> logger)
{
    /// <summary>
    /// Compares the new list with the one kept, in the caller's transaction: people missing from it become leavers
    /// (from now), people on it again stop being leavers.
    /// </summary>
    public async Task NoteChangesAsync(IReadOnlyCollection<string> before, IReadOnlyCollection<string> now, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var current = now.Select(id => id.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        // A head teacher or concern handler named in the settings is staff whatever the group says (StaffDirectory): leaving
        // the group does not make them a leaver.
        var left = before.Select(id => id.ToLowerInvariant()).Where(id => !current.Contains(id) && !roles.HoldsARole(id)).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Set<StaffLeaver>().Select(l => l.AadObjectId).ToListAsync(cancellationToken);
        var back = known.Where(current.Contains).ToList();
        if (back.Count > 0)
        {
            await db.Set<StaffLeaver>().Where(l => back.Contains(l.AadObjectId)).ExecuteDeleteAsync(cancellationToken);
        }

        db.Set<StaffLeaver>().AddRange(left.Where(id => !known.Contains(id, StringComparer.Ordinal)).Select(id => new StaffLeaver { AadObjectId = id, LeftAt = at }));
        await db.SaveChangesAsync(cancellationToken);
        if (left.Count > 0 || back.Count > 0)
        {
            LogChanges(logger, left.Count, back.Count);
        }
    }

    /// <summary>Removes what is kept for leavers past the grace period. Returns how many records went.</summary>
    public async Task<int> RemovePastGraceAsync(CancellationToken cancellationToken)
    {
        var grace = options.CurrentValue.LeaverGracePeriod;
        var cutoff = time.GetUtcNow() - grace;
        var noted = await db.Set<StaffLeaver>().Where(l => l.LeftAt <= cutoff).Select(l => l.AadObjectId).ToListAsync(cancellationToken);
        // Checked again at removal: someone given a role since they were noted is staff again.
        var due = noted.Where(id => !roles.HoldsARole(id)).ToList();
        if (noted.Count > due.Count)
        {
            var kept = noted.Except(due, StringComparer.Ordinal).ToList();
            await db.Set<StaffLeaver>().Where(l => kept.Contains(l.AadObjectId)).ExecuteDeleteAsync(cancellationToken);
        }

        if (due.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var references = await db.ConversationReferences
            .Where(r => r.UserAadObjectId != null && due.Contains(r.UserAadObjectId.ToLower()))
            .ExecuteDeleteAsync(cancellationToken);
        var parts = new List<string> { $"{references} conversation reference(s)" };
        var total = references;
        foreach (var records in featureRecords)
        {
            var removed = await records.RemoveAsync(due, cancellationToken);
            parts.Add($"{removed} {records.What}");
            total += removed;
        }

        await db.Set<StaffLeaver>().Where(l => due.Contains(l.AadObjectId)).ExecuteDeleteAsync(cancellationToken);
        await audit.RecordOperationAsync(AuditedOperation.LeaverRecordsRemoved, "the bot (staff group refresh)", "scheduled", total,
            $"{due.Count} person(s) who left the staff group more than {grace.TotalDays:0} day(s) ago: {string.Join(", ", parts)}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return total;
    }

    [LoggerMessage(EventId = 249, Level = LogLevel.Information, Message = "Staff group: {Left} member(s) left since the last read, {Back} came back")]
    private static partial void LogChanges(ILogger logger, int left, int back);
}
