using CadoxtonPolicyBot.Infrastructure.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

public sealed class SchoolClockTests
{
    private static SchoolClock Clock(DateTimeOffset now, string zone = "Europe/London") =>
        new(new FakeTimeProvider(now), new WeekdaySchoolCalendar(), Options.Create(new SchoolTimeOptions { TimeZone = zone }));

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void The_schools_time_zone_is_found_in_this_build_with_invariant_globalization()
    {
        // InvariantGlobalization is on: time zones come from the tz database (/usr/share/zoneinfo), not from ICU.
        Assert.True(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant);
        var zone = SchoolClock.FindZone("Europe/London");

        Assert.NotNull(zone);
        Assert.Equal(TimeSpan.Zero, zone.GetUtcOffset(Utc(2026, 12, 1, 12)));
        Assert.Equal(TimeSpan.FromHours(1), zone.GetUtcOffset(Utc(2026, 6, 1, 12)));
    }

    [Fact]
    public void A_time_is_shown_with_its_day_in_winter_time()
    {
        var clock = Clock(Utc(2026, 12, 1, 10, 42));

        Assert.Equal("Tuesday 1 December 2026, 10:42", clock.Format(clock.Now));
        Assert.Equal("Tuesday 1 December 2026", clock.FormatDate(Utc(2026, 12, 1, 23, 30)));
    }

    [Fact]
    public void A_summer_time_is_shown_an_hour_ahead_of_utc_and_a_late_evening_falls_on_the_next_day()
    {
        var clock = Clock(Utc(2026, 6, 30, 23, 30));

        Assert.Equal("Wednesday 1 July 2026, 00:30", clock.Format(clock.Now));
        Assert.Equal(new DateOnly(2026, 7, 1), clock.Today);
    }

    [Theory]
    [InlineData("2026-11-27T15:00:00Z", 2, "2026-12-01T15:00:00Z")] // Friday + 2 school days = Tuesday
    [InlineData("2026-11-30T09:00:00Z", 2, "2026-12-02T09:00:00Z")] // Monday + 2 = Wednesday
    [InlineData("2026-11-28T10:00:00Z", 1, "2026-11-30T10:00:00Z")] // Saturday + 1 = Monday
    [InlineData("2026-12-04T16:00:00Z", 5, "2026-12-11T16:00:00Z")] // Friday + 5 = next Friday
    public void School_days_skip_weekends(string from, int days, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Clock(Utc(2026, 1, 1, 0)).AddSchoolDays(DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void Counting_school_days_across_the_clock_change_keeps_the_wall_clock_time()
    {
        // Friday 27 March 2026 10:00 GMT; the clocks go forward on Sunday 29 March: Tuesday 31 March 10:00 BST is 09:00 UTC.
        var clock = Clock(Utc(2026, 3, 27, 10));

        var due = clock.AddSchoolDays(Utc(2026, 3, 27, 10), 2);

        Assert.Equal(Utc(2026, 3, 31, 9), due);
        Assert.Equal("Tuesday 31 March 2026, 10:00", clock.Format(due));
    }

    [Fact]
    public void A_wall_clock_time_the_spring_change_skips_becomes_the_hour_after()
    {
        var clock = Clock(Utc(2026, 3, 1, 0));

        Assert.Equal(Utc(2026, 3, 29, 1, 30), clock.AtSchoolTime(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)));
        Assert.Equal(Utc(2026, 10, 25, 0, 30), clock.AtSchoolTime(new DateOnly(2026, 10, 25), new TimeOnly(1, 30)));
    }

    [Fact]
    public void Weekdays_are_school_days_and_weekends_are_not()
    {
        var calendar = new WeekdaySchoolCalendar();

        Assert.True(calendar.IsSchoolDay(new DateOnly(2026, 12, 4)));
        Assert.False(calendar.IsSchoolDay(new DateOnly(2026, 12, 5)));
        Assert.False(calendar.IsSchoolDay(new DateOnly(2026, 12, 6)));
    }

    [Fact]
    public void An_unknown_time_zone_stops_the_bot_at_start_up_naming_the_setting()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["School:TimeZone"] = "Europe/Cadoxton" });
        builder.AddSchoolTime();
        using var services = builder.Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SchoolTimeOptions>>().Value);
        Assert.Contains("School:TimeZone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_setting_the_school_is_in_europe_london()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddSchoolTime();
        builder.AddSchoolTime();
        using var services = builder.Services.BuildServiceProvider();

        Assert.Equal("Europe/London", services.GetRequiredService<SchoolClock>().Zone.Id);
        Assert.Single(services.GetServices<SchoolClock>());
    }
}
