using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Time;

public static class SchoolTimeModule
{
    /// <summary>
    /// The school's clock (<see cref="SchoolClock"/>) and calendar. A time zone this machine does not know stops the
    /// bot at start-up with a message naming School:TimeZone. Safe to call from several modules.
    /// </summary>
    public static IHostApplicationBuilder AddSchoolTime(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(SchoolClock)))
        {
            return builder;
        }

        services.AddOptions<SchoolTimeOptions>().BindConfiguration(SchoolTimeOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => SchoolClock.FindZone(o.TimeZone) is not null,
                "School:TimeZone must be an IANA time zone this machine knows, e.g. \"Europe/London\" (on Linux the tzdata package provides them).")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SchoolTimeOptions>, HolidayValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISchoolCalendar, WeekdaySchoolCalendar>();
        services.AddSingleton<SchoolClock>();
        return builder;
    }

    private sealed class HolidayValidator : IValidateOptions<SchoolTimeOptions>
    {
        public ValidateOptionsResult Validate(string? name, SchoolTimeOptions options)
        {
            var errors = options.HolidayErrors();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
