using System.Globalization;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

/// <summary>Issue 13.4: term dates, the school-day due date, the holiday warning, and times across the clock changes.</summary>
public sealed class SchoolCalendarTests
{
    // The Vale of Glamorgan 2026-27 pattern, as appsettings.sample.json has it.
    private static readonly SchoolHoliday[] Vale =
    [
        Holiday("Autumn half term", "2026-10-26", "2026-10-30"),
        Holiday("Christmas holiday", "2026-12-21", "2027-01-01"),
        Holiday("Spring half term", "2027-02-15", "2027-02-19"),
        Holiday("Easter holiday", "2027-03-29", "2027-04-09"),
        Holiday("Summer half term", "2027-05-31", "2027-06-04"),
        Holiday("Summer holiday", "2027-07-21", "2027-08-31"),
    ];

    [Theory]
    // The case: launched on 1 December, four weeks on is 29 December, in the Christmas holiday.
    [InlineData("2026-12-01T09:00:00Z", "2027-01-04")]
    // Four weeks on is Monday 26 October, the autumn half term: the Monday after it.
    [InlineData("2026-09-28T09:00:00Z", "2026-11-02")]
    // Four weeks on is a Saturday in term: the Monday.
    [InlineData("2026-09-05T09:00:00Z", "2026-10-05")]
    // Four weeks on is a weekday in term: kept.
    [InlineData("2026-09-07T09:00:00Z", "2026-10-05")]
    // Just after midnight in summer the school's date is already the next day: counted from the school's date.
    [InlineData("2026-09-06T23:30:00Z", "2026-10-05")]
    public void The_default_due_date_is_four_weeks_on_moved_to_the_next_weekday_in_term(string now, string expected)
    {
        var form = AcknowledgementCardActions.DefaultForm(Clock(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture)), null);

        Assert.Equal(expected, form.DueDate);
    }

    [Fact]
    public void Without_term_dates_only_weekends_are_skipped()
    {
        var clock = new SchoolClock(new FakeTimeProvider(At("2026-12-01T09:00:00Z")), new WeekdaySchoolCalendar(), Options.Create(new SchoolTimeOptions()));

        Assert.Equal("2026-12-29", AcknowledgementCardActions.DefaultForm(clock, null).DueDate);
    }

    [Theory]
    [InlineData("2026-10-27", "Tuesday 27 October 2026 is in the school holiday \"Autumn half term\"")]
    [InlineData("2027-01-01", "Friday 1 January 2027 is in the school holiday \"Christmas holiday\"")]
    [InlineData("2026-10-03", "Saturday 3 October 2026 is a weekend")]
    [InlineData("2026-10-02", null)]
    [InlineData("2026-11-02", null)]
    public void A_date_at_a_weekend_or_in_a_holiday_is_named_as_such(string date, string? expected) =>
        Assert.Equal(expected, Clock(At("2026-09-07T09:00:00Z")).NotATermDay(DateOnly.Parse(date, CultureInfo.InvariantCulture)));

    [Fact]
    public void Holidays_do_not_stop_concern_escalation_which_counts_weekdays()
    {
        var clock = Clock(At("2026-10-23T14:00:00Z"));

        // Friday 23 October plus two school days is Tuesday 27 October, in half term: a safeguarding concern still moves on.
        Assert.Equal(At("2026-10-27T15:00:00Z"), clock.AddSchoolDays(At("2026-10-23T14:00:00Z"), 2));
    }

    [Theory]
    // The Saturday before the autumn change: British Summer Time, an hour ahead.
    [InlineData("2026-10-24T09:42:00Z", "Saturday 24 October 2026, 10:42")]
    // The Monday after it (25 October): Greenwich Mean Time, the same as UTC.
    [InlineData("2026-10-26T10:42:00Z", "Monday 26 October 2026, 10:42")]
    // The night of the change: 00:30 UTC is 01:30 BST, 01:30 UTC is 01:30 GMT (the hour that happens twice).
    [InlineData("2026-10-25T00:30:00Z", "Sunday 25 October 2026, 01:30")]
    [InlineData("2026-10-25T01:30:00Z", "Sunday 25 October 2026, 01:30")]
    // Spring: the clocks go forward on 28 March 2027.
    [InlineData("2027-03-27T10:42:00Z", "Saturday 27 March 2027, 10:42")]
    [InlineData("2027-03-29T09:42:00Z", "Monday 29 March 2027, 10:42")]
    public void Times_are_shown_in_school_time_either_side_of_the_clock_changes(string utc, string expected) =>
        Assert.Equal(expected, Clock(At(utc)).Format(At(utc)));

    [Fact]
    public void The_export_keeps_utc_and_gives_the_school_time_with_its_offset_either_side_of_the_change()
    {
        var round = new AcknowledgementRound
        {
            Name = "2026/27", Audience = "group:x", AudienceDescription = "All staff", PolicyVersion = new string('a', 64),
            PolicyAdoptedOn = new DateOnly(2026, 9, 1), CreatedByAadObjectId = "h", ServiceUrl = "https://smba.trafficmanager.net/emea/",
        };
        RecipientProgress Person(string id, DateTimeOffset at) => new(id, id, null, RoundProgress.Acknowledged, DeliveryState.Sent, null,
            new Acknowledgement { AadObjectId = id, Name = id, AcknowledgedAt = at, PolicyVersion = round.PolicyVersion, ReadAt = at }, at);
        var progress = new RoundProgress(round, [Person("before", At("2026-10-24T09:42:00Z")), Person("after", At("2026-10-26T10:42:00Z"))]);

        var lines = System.Text.Encoding.UTF8.GetString(RoundExporter.ToCsv(progress, SchoolClock.FindZone("Europe/London")!))
            .TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("before,acknowledged,2026-10-24T09:42:00Z,2026-10-24T10:42:00+01:00," + round.PolicyVersion + ",2026-09-01,", lines[1], StringComparison.Ordinal);
        Assert.Contains("after,acknowledged,2026-10-26T10:42:00Z,2026-10-26T10:42:00+00:00," + round.PolicyVersion + ",2026-09-01,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_settings_term_dates_are_valid_and_are_the_vale_of_glamorgan_pattern()
    {
        var options = Bind(new ConfigurationBuilder().AddJsonFile(RepositoryPaths.File("appsettings.sample.json")).Build());

        Assert.Empty(options.HolidayErrors());
        Assert.Equal(Vale.Select(h => (h.Start, h.End)), options.Holidays.Select(h => (h.Start, h.End)));
    }

    [Theory]
    [InlineData("2026-10-30", "2026-10-26", "ends (2026-10-26) before it starts (2026-10-30)")]
    [InlineData("2026-10-26", null, "needs both a Start and an End date")]
    [InlineData("2026-01-01", "2026-12-31", "longer than three months")]
    public void Bad_term_dates_stop_the_bot_at_start_up_naming_the_holiday(string start, string? end, string expected)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["School:Holidays:0:Name"] = "Autumn half term",
            ["School:Holidays:0:Start"] = start,
            ["School:Holidays:0:End"] = end,
        });
        builder.AddSchoolTime();
        using var host = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<SchoolTimeOptions>>().Value);
        Assert.Contains("School:Holidays:0 (\"Autumn half term\")", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static SchoolTimeOptions Bind(IConfiguration configuration)
    {
        var options = new SchoolTimeOptions();
        configuration.GetSection(SchoolTimeOptions.SectionName).Bind(options);
        return options;
    }

    private static SchoolClock Clock(DateTimeOffset now) =>
        new(new FakeTimeProvider(now), WeekdaySchoolCalendar.With(Vale), Options.Create(new SchoolTimeOptions { Holidays = [.. Vale] }));

    private static SchoolHoliday Holiday(string name, string start, string end) =>
        new() { Name = name, Start = DateOnly.Parse(start, CultureInfo.InvariantCulture), End = DateOnly.Parse(end, CultureInfo.InvariantCulture) };

    private static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);
}
