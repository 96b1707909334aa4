using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Infrastructure.Security;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Protocol.Authentication;
using CadoxtonPolicyBot.Turns;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

public sealed class StaffDirectoryTests
{
    private const string Group = "7d7d7d7d-0000-4000-8000-0000000000c1";
    private const string Head = "11111111-0000-4000-8000-000000000001";
    private const string Handler = "11111111-0000-4000-8000-000000000002";
    private const string HeadFromGroup = "11111111-0000-4000-8000-000000000003";
    private const string Teacher = "11111111-0000-4000-8000-000000000009";
    private const string Pupil = "0b0b0b0b-0000-4000-8000-0000000000b1";

    [Fact]
    public void Local_mode_serves_everyone_and_keeps_no_list()
    {
        var staff = Directory(new RolesOptions { StaffGroupId = Group }, appId: null);

        Assert.True(staff.ServesEveryone);
        Assert.True(staff.IsStaff(Pupil));
        Assert.Empty(staff.StaffMembers);
    }

    [Fact]
    public void Allowing_every_tenant_user_explicitly_serves_everyone()
    {
        var staff = Directory(new RolesOptions { AllowAllTenantUsers = true });

        Assert.True(staff.ServesEveryone);
        Assert.True(staff.IsStaff(Pupil));
    }

    [Fact]
    public void With_a_staff_group_its_members_head_teachers_and_handlers_are_staff_and_no_one_else()
    {
        var group = new StaffGroupMembers();
        group.Replace(Group, [Teacher.ToUpperInvariant()], DateTimeOffset.UnixEpoch, StaffListSource.Graph);
        var roleGroups = new RoleGroupMembers();
        roleGroups.Replace([HeadFromGroup], []);
        var staff = Directory(Settings(), group: group, roleGroups: roleGroups);

        Assert.False(staff.ServesEveryone);
        Assert.True(staff.IsStaff(Teacher));
        Assert.True(staff.IsStaff(Head));
        Assert.True(staff.IsStaff(Handler));
        Assert.True(staff.IsStaff(HeadFromGroup));
        Assert.False(staff.IsStaff(Pupil));
        Assert.False(staff.IsStaff(null));
        Assert.Equal(new[] { Head, Handler, HeadFromGroup, Teacher }.Order(), staff.StaffMembers.Order());
    }

    [Fact]
    public void A_list_read_for_another_group_does_not_count_once_the_setting_names_a_new_group()
    {
        var group = new StaffGroupMembers();
        group.Replace("00000000-0000-4000-8000-0000000000c9", [Teacher], DateTimeOffset.UnixEpoch, StaffListSource.Database);
        var staff = Directory(Settings(), group: group);

        Assert.False(staff.IsStaff(Teacher));
        Assert.True(staff.IsStaff(Head));
    }

    [Theory]
    [InlineData(null, false, "Roles:StaffGroupId is empty")]
    [InlineData("not-a-guid", false, "must be the object id")]
    [InlineData(Group, true, "both set")]
    public void The_settings_must_say_whom_a_deployed_bot_serves(string? groupId, bool allowAll, string expected)
    {
        var result = new StaffAccessValidator(Options.Create(new BotIdentityOptions { MicrosoftAppId = "app" }))
            .Validate(null, new RolesOptions { StaffGroupId = groupId, AllowAllTenantUsers = allowAll });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task For_staff_the_people_a_conversation_update_announces_are_narrowed_to_staff_and_the_bot()
    {
        var group = new StaffGroupMembers();
        group.Replace(Group, [Teacher], DateTimeOffset.UnixEpoch, StaffListSource.Graph);
        var gate = new StaffGate(Directory(Settings(), group: group), new NoAudit());
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            From = new ChannelAccount { Id = "29:head", AadObjectId = Head },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = "19:class-team@thread.tacv2", ConversationType = "channel" },
            ServiceUrl = "https://smba.trafficmanager.net/uk/",
            MembersAdded =
            [
                new ChannelAccount { Id = "28:bot" },
                new ChannelAccount { Id = "29:teacher", AadObjectId = Teacher },
                new ChannelAccount { Id = "29:pupil", AadObjectId = Pupil },
                new ChannelAccount { Id = "29:guest" },
            ],
        };

        Assert.True(await gate.AdmitAsync(new TurnContext(update, new RecordingConnectorClient(), "test"), CancellationToken.None));

        Assert.Equal(["28:bot", "29:teacher"], update.MembersAdded.Select(m => m.Id));
    }

    private static RolesOptions Settings() => new()
    {
        StaffGroupId = Group,
        HeadTeacherIds = [Head],
        ConcernHandlers = [new ConcernHandler { AadObjectId = Handler, Role = "Deputy head" }],
    };

    private static StaffDirectory Directory(RolesOptions options, string? appId = "app", StaffGroupMembers? group = null, RoleGroupMembers? roleGroups = null)
    {
        var monitor = new FixedOptions(options);
        roleGroups ??= new RoleGroupMembers();
        return new StaffDirectory(monitor, Options.Create(new BotIdentityOptions { MicrosoftAppId = appId }), group ?? new StaffGroupMembers(), roleGroups,
            new StaffRoles(monitor, roleGroups));
    }

    private sealed class FixedOptions(RolesOptions value) : IOptionsMonitor<RolesOptions>
    {
        public RolesOptions CurrentValue => value;

        public RolesOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<RolesOptions, string?> listener) => null;
    }

    private sealed class NoAudit : ISecurityAudit
    {
        public Task RecordRefusalAsync(RefusalReason reason, string activityType, string? tenantId, string? aadObjectId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A member of staff is not refused.");

        public Task RecordOperationAsync(AuditedOperation operation, string actor, string via, int count, string detail, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Serving a member of staff removes no records.");
    }
}
