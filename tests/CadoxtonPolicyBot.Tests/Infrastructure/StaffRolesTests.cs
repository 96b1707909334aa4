using CadoxtonPolicyBot.Infrastructure.Roles;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

public sealed class StaffRolesTests
{
    private const string Head = "11111111-0000-4000-8000-000000000001";
    private const string Deputy = "11111111-0000-4000-8000-000000000002";
    private const string Chair = "11111111-0000-4000-8000-000000000003";
    private const string Teacher = "11111111-0000-4000-8000-000000000009";

    private static StaffRoles Roles(RoleGroupMembers groups) => new(new FixedOptions(new RolesOptions
    {
        HeadTeacherIds = [Head],
        ConcernHandlers = [new ConcernHandler { AadObjectId = Head, Role = "Head teacher" }, new ConcernHandler { AadObjectId = Deputy, Role = "Deputy head" }],
    }), groups);

    [Fact]
    public void Roles_come_from_the_listed_entra_ids()
    {
        var roles = Roles(new RoleGroupMembers());

        Assert.True(roles.IsHeadTeacher(Head));
        Assert.True(roles.IsHeadTeacher(Head.ToUpperInvariant()));
        Assert.False(roles.IsHeadTeacher(Teacher));
        Assert.False(roles.IsHeadTeacher(null));
        Assert.True(roles.IsConcernHandler(Deputy));
        Assert.False(roles.IsConcernHandler(Teacher));
    }

    [Fact]
    public void Members_of_the_role_groups_hold_the_roles_too_and_group_handlers_come_after_the_listed_ones()
    {
        var groups = new RoleGroupMembers();
        groups.Replace(headTeachers: [Teacher], concernHandlers: [Chair, Deputy]);
        var roles = Roles(groups);

        Assert.True(roles.IsHeadTeacher(Teacher));
        Assert.True(roles.IsConcernHandler(Chair));
        Assert.Equal([Head, Deputy, Chair], roles.ConcernHandlers.Select(h => h.AadObjectId));
    }

    [Fact]
    public void A_refresh_replaces_the_group_members_whole()
    {
        var groups = new RoleGroupMembers();
        groups.Replace([Teacher], []);
        groups.Replace([], []);

        Assert.False(Roles(groups).IsHeadTeacher(Teacher));
    }

    private sealed class FixedOptions(RolesOptions value) : IOptionsMonitor<RolesOptions>
    {
        public RolesOptions CurrentValue => value;

        public RolesOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<RolesOptions, string?> listener) => null;
    }
}
