using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>Answers "may this person do that?" from <see cref="RolesOptions"/>, read fresh on every call.</summary>
public sealed class StaffRoles(IOptionsMonitor<RolesOptions> options)
{
    public bool IsHeadTeacher(string? aadObjectId) =>
        aadObjectId is not null && options.CurrentValue.HeadTeacherIds.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase);

    public bool IsConcernHandler(string? aadObjectId) =>
        aadObjectId is not null && options.CurrentValue.ConcernHandlers.Any(h => string.Equals(h.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The handlers in routing order.</summary>
    public IReadOnlyList<ConcernHandler> ConcernHandlers => options.CurrentValue.ConcernHandlers;
}

public static class RolesModule
{
    public static IHostApplicationBuilder AddStaffRoles(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RolesOptions>().BindConfiguration(RolesOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.ConcernHandlers.All(h => !string.IsNullOrWhiteSpace(h.AadObjectId)), "Every Roles:ConcernHandlers entry needs an AadObjectId.")
            .ValidateOnStart();
        builder.Services.AddSingleton<StaffRoles>();
        return builder;
    }
}
