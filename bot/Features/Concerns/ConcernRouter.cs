using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Protocol;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Moves a concern to its next handler when it is due (<see cref="Concern.EscalateAt"/>): on submission to the first
/// eligible handler (<see cref="ConcernRouting"/>), then, while nobody has opened it, to the next one each
/// Concerns:EscalationSchoolDays school days. A handler who cannot be reached at all is passed over at once.
/// <para>
/// Each step is claimed in the database by a conditional update of the concern's due time, inside the transaction
/// that records the route: with several instances of the bot, exactly one takes each step.
/// </para>
/// </summary>
internal sealed partial class ConcernRouter(
    BotDbContext db,
    ConcernStore store,
    ConcernAuditTrail audit,
    ConcernMessenger messenger,
    StaffRoles roles,
    SchoolClock clock,
    TimeProvider time,
    IOptions<ConcernsOptions> options,
    ILogger<ConcernRouter> logger)
{
    /// <summary>Route reasons: the first eligible handler; the next one because the last could not be sent the notice; the next one because it was not opened in time.</summary>
    public const string First = "first";
    public const string PassedOn = "passed_on";
    public const string Escalated = "escalated";

    /// <summary>Routes the concern onward if it is due; returns the handlers it was sent to (normally none or one).</summary>
    public async Task<int> RouteDueAsync(Guid concernId, ConversationReference? via, CancellationToken cancellationToken)
    {
        var reached = 0;
        // Bounded: each pass routes to a new handler, and there are only so many.
        for (var pass = 0; pass <= roles.ConcernHandlers.Count; pass++)
        {
            var step = await ClaimNextAsync(concernId, cancellationToken);
            if (step is null)
            {
                return reached;
            }

            var (concern, handler, reason) = step.Value;
            var escalatedAfter = reason == Escalated ? options.Value.EscalationSchoolDays : (int?)null;
            var delivered = await messenger.NotifyHandlerAsync(handler.AadObjectId, concern, escalatedAfter, via, cancellationToken);
            await db.Set<ConcernRoute>().Where(r => r.ConcernId == concernId && r.HandlerAadObjectId == handler.AadObjectId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Delivered, delivered), cancellationToken);
            await audit.AppendAloneAsync(ConcernAuditTrail.System, AuditActions.Routed, concern.Reference,
                $"handler={handler.AadObjectId};reason={reason};delivered={(delivered ? "yes" : "no")}", cancellationToken);
            if (delivered)
            {
                return reached + 1;
            }

            // Nobody to wait for: someone who never gets the notice cannot open it. Make the next one due now.
            var now = time.GetUtcNow();
            var moved = await db.Set<Concern>()
                .Where(c => c.Id == concernId && c.OpenedAt == null && c.EscalateAt != null && c.AssignedHandlerAadObjectId == handler.AadObjectId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.EscalateAt, now), cancellationToken);
            if (moved == 0)
            {
                LogUnreached(logger, concern.Reference);
                return reached;
            }
        }

        return reached;
    }

    /// <summary>The handlers, in order, this concern may go to.</summary>
    public IReadOnlyList<ConcernHandler> EligibleHandlers(Concern concern)
    {
        ArgumentNullException.ThrowIfNull(concern);
        var handlers = roles.ConcernHandlers;
        var aboutHead = handlers.Any(h => HandlerRoles.Parse(h.Role) == HandlerRole.HeadTeacher && store.IsSubject(concern, h.AadObjectId));
        if (!aboutHead && concern.SubjectLookup is not null)
        {
            try
            {
                aboutHead = store.ReadDetails(concern).SubjectAadObjectId is { } subject && roles.IsHeadTeacher(subject);
            }
            catch (TamperedDataException)
            {
                // The record's integrity is reported elsewhere; routing still leaves out every handler it is about.
            }
        }

        var eligible = ConcernRouting.EligibleHandlers(handlers, id => store.IsSubject(concern, id), aboutHead);
        if (aboutHead && eligible.All(h => HandlerRoles.Parse(h.Role) != HandlerRole.ChairOfGovernors))
        {
            LogNoChair(logger, concern.Reference);
        }

        return eligible;
    }

    private async Task<(Concern Concern, ConcernHandler Handler, string Reason)?> ClaimNextAsync(Guid concernId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var concern = await store.FindAsync(concernId, cancellationToken);
        if (concern is null || concern.Status == ConcernStatus.Closed || concern.OpenedAt is not null || concern.EscalateAt is not { } due || due > now)
        {
            return null;
        }

        var eligible = EligibleHandlers(concern);
        var untried = eligible.Where(h => !concern.Routes.Any(r => string.Equals(r.HandlerAadObjectId, h.AadObjectId, StringComparison.OrdinalIgnoreCase))).ToList();
        var next = untried.FirstOrDefault();
        var last = concern.Routes.FirstOrDefault(r => string.Equals(r.HandlerAadObjectId, concern.AssignedHandlerAadObjectId, StringComparison.OrdinalIgnoreCase));
        var reason = concern.Routes.Count == 0 ? First : last is { Delivered: false } ? PassedOn : Escalated;
        DateTimeOffset? nextDue = untried.Count > 1 ? clock.AddSchoolDays(now, options.Value.EscalationSchoolDays) : null;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Set<Concern>()
            .Where(c => c.Id == concernId && c.OpenedAt == null && c.EscalateAt == due)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.EscalateAt, nextDue)
                .SetProperty(c => c.AssignedHandlerAadObjectId, next == null ? concern.AssignedHandlerAadObjectId : next.AadObjectId), cancellationToken);
        if (claimed == 0)
        {
            // Opened meanwhile, or another instance took this step.
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        if (next is null)
        {
            await transaction.CommitAsync(cancellationToken);
            LogNoneLeft(logger, concern.Reference);
            return null;
        }

        db.Set<ConcernRoute>().Add(new ConcernRoute { ConcernId = concernId, HandlerAadObjectId = next.AadObjectId, RoutedAt = now, Reason = reason });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (concern, next, reason);
    }

    [LoggerMessage(EventId = 6022, Level = LogLevel.Error, Message = "Concern {Reference} reached no handler: none is eligible, or none could be sent a message")]
    private static partial void LogUnreached(ILogger logger, string reference);

    [LoggerMessage(EventId = 6023, Level = LogLevel.Warning, Message = "Concern {Reference} was not opened and every eligible handler has had it; it stays with the last one")]
    private static partial void LogNoneLeft(ILogger logger, string reference);

    [LoggerMessage(EventId = 6024, Level = LogLevel.Error, Message = "Concern {Reference} is about the head teacher but no chair of governors is configured (Roles:ConcernHandlers Role \"ChairOfGovernors\"); it goes to the other handlers in order")]
    private static partial void LogNoChair(ILogger logger, string reference);
}
