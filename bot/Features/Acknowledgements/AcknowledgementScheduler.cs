using CadoxtonPolicyBot.Infrastructure.Coordination;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// Runs the schedule (reminders, the yearly offer, a new policy version, joiners) every ScheduleInterval, in one
/// instance of the bot at a time (lease "ack-schedule"); the schedule's own markers would also stop a second reminder,
/// but the lease saves the second instance the work and the Graph and roster reads.
/// </summary>
internal sealed partial class AcknowledgementScheduler(
    IServiceScopeFactory scopes,
    IOptions<AcknowledgementOptions> options,
    ILeases leases,
    TimeProvider time,
    ILogger<AcknowledgementScheduler> logger) : SingleInstanceService(leases, time)
{
    protected override string LeaseName => "ack-schedule";

    protected override TimeSpan Interval => options.Value.ScheduleInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AcknowledgementSchedule>().RunAsync(cancellationToken);
    }

    protected override void PassFailed(Exception exception) => LogFailed(logger, exception);

    [LoggerMessage(EventId = 5044, Level = LogLevel.Error, Message = "Acknowledgement schedule pass failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
