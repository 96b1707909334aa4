using System.Collections.Immutable;
using CadoxtonPolicyBot.Infrastructure.Coordination;
using CadoxtonPolicyBot.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// Answers "may this person do that?" from <see cref="RolesOptions"/> (read fresh on every call) and the members of
/// the configured role groups (read from Microsoft Graph in the background and kept here).
/// </summary>
public sealed class StaffRoles(IOptionsMonitor<RolesOptions> options, RoleGroupMembers groups)
{
    public bool IsHeadTeacher(string? aadObjectId) =>
        aadObjectId is not null
        && (options.CurrentValue.HeadTeacherIds.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase) || groups.HeadTeachers.Contains(aadObjectId));

    public bool IsConcernHandler(string? aadObjectId) =>
        aadObjectId is not null && ConcernHandlers.Any(h => string.Equals(h.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>A head teacher or concern handler: staff whatever the staff group says.</summary>
    public bool HoldsARole(string? aadObjectId) => IsHeadTeacher(aadObjectId) || IsConcernHandler(aadObjectId);

    /// <summary>The handlers in routing order: those listed, then members of the handler group not already listed.</summary>
    public IReadOnlyList<ConcernHandler> ConcernHandlers
    {
        get
        {
            var listed = options.CurrentValue.ConcernHandlers;
            if (groups.ConcernHandlers.IsEmpty)
            {
                return listed;
            }

            var fromGroup = groups.ConcernHandlers
                .Where(id => !listed.Any(h => string.Equals(h.AadObjectId, id, StringComparison.OrdinalIgnoreCase)))
                .Order(StringComparer.OrdinalIgnoreCase)
                .Select(id => new ConcernHandler { AadObjectId = id, Role = "Concern handler" });
            return [.. listed, .. fromGroup];
        }
    }
}

/// <summary>The current members of the role groups; replaced whole on each refresh, so readers never see half a list.</summary>
public sealed class RoleGroupMembers
{
    private volatile Snapshot _current = new([], []);

    public ImmutableHashSet<string> HeadTeachers => _current.HeadTeachers;

    public ImmutableHashSet<string> ConcernHandlers => _current.ConcernHandlers;

    public void Replace(IEnumerable<string> headTeachers, IEnumerable<string> concernHandlers) =>
        _current = new Snapshot(
            headTeachers.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase),
            concernHandlers.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase));

    private sealed record Snapshot(ImmutableHashSet<string> HeadTeachers, ImmutableHashSet<string> ConcernHandlers);
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
        builder.Services.AddSingleton<RoleGroupMembers>();
        builder.Services.AddSingleton<StaffRoles>();
        builder.Services.AddHostedService<RoleGroupRefresher>();
        builder.Services.AddSingleton<IValidateOptions<RolesOptions>, StaffAccessValidator>();
        builder.Services.AddSingleton<StaffGroupMembers>();
        builder.Services.AddSingleton<StaffListSeal>();
        builder.Services.AddSingleton<IStaffGroupSource, GraphStaffGroupSource>();
        builder.Services.AddSingleton<IStaffDirectory, StaffDirectory>();
        builder.Services.AddScoped<LeaverCleanup>();
        builder.Services.AddSecurityAudit();
        builder.Services.AddLeases();
        builder.Services.AddHostedService<StaffGroupRefresher>();
        return builder;
    }
}
