using System.Globalization;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>What the retention command would remove, or removed: whole rounds with everything recorded for them.</summary>
public sealed record RetentionCount(DateOnly Before, int Rounds, int Acknowledgements, int OutboxRows, int Readings, int PendingExports)
{
    public int Records => Rounds + Acknowledgements + OutboxRows + Readings + PendingExports;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Rounds} round(s) closed before {Before:yyyy-MM-dd}: {Acknowledgements} acknowledgement(s), {OutboxRows} outbox row(s), {Readings} reading(s), {PendingExports} pending export(s)");
}

/// <summary>
/// Acknowledgement records are evidence and append-only (the database context refuses to change or delete one); after
/// Acknowledgements:RetentionYears they may be removed, and only here. A round goes whole, with its acknowledgements,
/// outbox rows, readings and exports, once it closed before the cut-off and nothing in it was recorded after it. A
/// cut-off inside the retention period is refused; every removal is written to the security audit (who, when, how,
/// how many) in the same transaction.
/// </summary>
public sealed class AcknowledgementRetention(BotDbContext db, ISecurityAudit audit, IOptions<AcknowledgementOptions> options, TimeProvider time)
{
    /// <summary>The latest cut-off allowed today: records of rounds closed before it are past the retention period.</summary>
    public DateOnly LatestCutoff => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddYears(-options.Value.RetentionYears);

    public int RetentionYears => options.Value.RetentionYears;

    /// <summary>Counts what a purge with this cut-off would remove (a dry run). Refuses a cut-off inside the retention period.</summary>
    public async Task<RetentionCount> CountAsync(DateOnly before, CancellationToken cancellationToken)
    {
        var rounds = await EligibleRoundsAsync(before, cancellationToken);
        return await CountForAsync(before, rounds, cancellationToken);
    }

    /// <summary>Removes the rounds past retention before the cut-off and audits it. Refuses a cut-off inside the retention period.</summary>
    public async Task<RetentionCount> PurgeAsync(DateOnly before, string actor, string via, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rounds = await EligibleRoundsAsync(before, cancellationToken);
        var count = await CountForAsync(before, rounds, cancellationToken);
        // ExecuteDelete does not pass through SaveChanges, whose append-only guard would refuse these deletions: this
        // command is the one place allowed to remove acknowledgements.
        await db.Set<PolicyReading>().Where(r => rounds.Contains(r.RoundId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Acknowledgement>().Where(a => rounds.Contains(a.RoundId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<RoundRecipient>().Where(r => rounds.Contains(r.RoundId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<PendingExport>().Where(e => rounds.Contains(e.RoundId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<AcknowledgementRound>().Where(r => rounds.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
        await audit.RecordOperationAsync(AuditedOperation.AcknowledgementsPurged, actor, via, count.Acknowledgements,
            $"{count.Describe()}; Acknowledgements:RetentionYears = {RetentionYears}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    private async Task<List<Guid>> EligibleRoundsAsync(DateOnly before, CancellationToken cancellationToken)
    {
        if (before > LatestCutoff)
        {
            throw new RetentionPeriodException(before, LatestCutoff, RetentionYears);
        }

        var cutoff = new DateTimeOffset(before.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return await db.Set<AcknowledgementRound>()
            .Where(r => r.Status != RoundStatus.Open
                && ((r.ClosedAt != null && r.ClosedAt < cutoff) || (r.ClosedAt == null && r.CreatedAt < cutoff))
                && !db.Set<Acknowledgement>().Any(a => a.RoundId == r.Id && a.AcknowledgedAt >= cutoff))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
    }

    private async Task<RetentionCount> CountForAsync(DateOnly before, List<Guid> rounds, CancellationToken cancellationToken) => new(
        before,
        rounds.Count,
        await db.Set<Acknowledgement>().CountAsync(a => rounds.Contains(a.RoundId), cancellationToken),
        await db.Set<RoundRecipient>().CountAsync(r => rounds.Contains(r.RoundId), cancellationToken),
        await db.Set<PolicyReading>().CountAsync(r => rounds.Contains(r.RoundId), cancellationToken),
        await db.Set<PendingExport>().CountAsync(e => rounds.Contains(e.RoundId), cancellationToken));
}

/// <summary>A cut-off inside the retention period: nothing is counted or removed.</summary>
public sealed class RetentionPeriodException(DateOnly requested, DateOnly latest, int years) : Exception(string.Create(CultureInfo.InvariantCulture,
    $"Refused: {requested:yyyy-MM-dd} is inside the retention period. Acknowledgements:RetentionYears is {years}, so today the latest cut-off is {latest:yyyy-MM-dd}; records of rounds closed on or after it are kept."))
{
    public DateOnly Latest { get; } = latest;
}
