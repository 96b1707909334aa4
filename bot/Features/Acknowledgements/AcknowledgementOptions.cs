using System.ComponentModel.DataAnnotations;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>Configuration section "Acknowledgements".</summary>
public sealed class AcknowledgementOptions
{
    public const string SectionName = "Acknowledgements";

    /// <summary>Bot Connector requests per second per app per tenant. The current Teams doc says 50, older ones 30.</summary>
    [Range(1, 1000)]
    public double TenantRequestsPerSecond { get; set; } = 30;

    /// <summary>Teams' per-conversation limits for sends and conversation creation.</summary>
    [Range(1, 100)]
    public int ConversationRequestsPerSecond { get; set; } = 7;

    [Range(1, 100_000)]
    public int ConversationRequestsPerHour { get; set; } = 1800;

    /// <summary>Sends in flight at once: enough to keep the tenant budget busy despite network latency.</summary>
    [Range(1, 256)]
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>How often the worker looks for due rows when nothing wakes it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A row claimed longer ago than this by a worker that never recorded the outcome is declared unconfirmed.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "1.00:00:00")]
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failed attempts (not 429s) before a recipient is reported unreachable.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Reminders go this many days before the due date (at <see cref="ReminderTimeOfDayUtc"/>), then weekly after it.</summary>
    public List<int> ReminderDaysBeforeDue { get; set; } = [7, 1];

    public TimeSpan ReminderTimeOfDayUtc { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// "Remind those outstanding" pressed again within this time of the last reminders (pressed or scheduled) asks the
    /// head teacher to confirm before anyone is reminded twice. Zero: never asks.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "14.00:00:00")]
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>"MM-dd": on this date each year the head teacher is offered the next round.</summary>
    [RegularExpression(@"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")]
    public string AnnualOfferDate { get; set; } = "09-01";

    /// <summary>How often the schedule (reminders, yearly offer, joiners) is checked.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long an export waits for the head teacher to accept the file before it is deleted.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ExportExpiry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Years a round's records (who was asked, who acknowledged which version, when) are kept after the round closed.
    /// Until then the retention command refuses to remove them; after it, only that audited command removes them.
    /// </summary>
    [Range(1, 100)]
    public int RetentionYears { get; set; } = 6;
}
