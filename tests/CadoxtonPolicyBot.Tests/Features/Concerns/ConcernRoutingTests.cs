using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

/// <summary>Routing as schools do it: first eligible handler, never the subject, the head teacher's concerns to the chair, escalation in school days.</summary>
public sealed class ConcernRoutingTests
{
    private static readonly ConcernHandler Head = new() { AadObjectId = "head", Role = "HeadTeacher" };
    private static readonly ConcernHandler Deputy = new() { AadObjectId = "deputy", Role = "DeputyOrDsl" };
    private static readonly ConcernHandler Chair = new() { AadObjectId = "chair", Role = "ChairOfGovernors" };

    [Theory]
    [InlineData("HeadTeacher", "HeadTeacher")]
    [InlineData("Head teacher", "HeadTeacher")]
    [InlineData("DeputyOrDsl", "DeputyOrDsl")]
    [InlineData("Deputy head and designated safeguarding lead", "DeputyOrDsl")]
    [InlineData("DSL", "DeputyOrDsl")]
    [InlineData("ChairOfGovernors", "ChairOfGovernors")]
    [InlineData("Chair of governors", "ChairOfGovernors")]
    [InlineData("Concern handler", "Handler")]
    [InlineData("", "Handler")]
    public void Handler_roles_read_both_the_role_names_and_the_plain_english_of_earlier_settings(string text, string expected) =>
        Assert.Equal(expected, HandlerRoles.Parse(text).ToString());

    [Fact]
    public void A_concern_goes_to_the_handlers_in_configured_order()
    {
        var eligible = ConcernRouting.EligibleHandlers([Head, Deputy, Chair], _ => false, subjectIsHeadTeacher: false);

        Assert.Equal(["head", "deputy", "chair"], eligible.Select(h => h.AadObjectId));
    }

    [Fact]
    public void The_handler_a_concern_is_about_is_left_out_and_the_next_comes_first()
    {
        var eligible = ConcernRouting.EligibleHandlers([Head, Deputy, Chair], id => id == "deputy", subjectIsHeadTeacher: false);

        Assert.Equal(["head", "chair"], eligible.Select(h => h.AadObjectId));
    }

    [Fact]
    public void A_concern_about_the_head_teacher_goes_to_the_chair_of_governors_only()
    {
        var eligible = ConcernRouting.EligibleHandlers([Head, Deputy, Chair], id => id == "head", subjectIsHeadTeacher: true);

        Assert.Equal(["chair"], eligible.Select(h => h.AadObjectId));
    }

    [Fact]
    public void With_no_chair_configured_a_concern_about_the_head_teacher_still_reaches_the_next_handler()
    {
        var eligible = ConcernRouting.EligibleHandlers([Head, Deputy], id => id == "head", subjectIsHeadTeacher: true);

        Assert.Equal(["deputy"], eligible.Select(h => h.AadObjectId));
    }

    private static async Task<(Guid Id, string Reference)> ReportAboutTheSchoolAsync(ConcernsHarness harness)
    {
        var consent = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.Reporter, ConcernVerbs.Continue, []));
        var token = consent.InvokeCard()!["actions"]!.AsArray().Select(a => a!["data"]?[ConcernForm.Token]?.GetValue<string>()).First(t => t is not null)!;
        var submitted = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.Reporter, ConcernVerbs.Submit, new JsonObject
        {
            [ConcernForm.Token] = token,
            [ConcernForm.WhatHappened] = "A parent's post names a Year 4 pupil",
            [ConcernForm.Platform] = "Facebook",
            [ConcernForm.ConcernsWhom] = "school",
        }));
        var id = Guid.Parse(submitted.InvokeCard()!["actions"]![0]!["data"]![ConcernForm.ConcernId]!.GetValue<string>());
        await using var db = harness.Database.Open();
        return (id, await db.Set<Concern>().Where(c => c.Id == id).Select(c => c.Reference).SingleAsync());
    }

    private static IEnumerable<Activity> Notices(ConcernsHarness harness, string handler) =>
        harness.Connector.SentTo(Inbound.PersonalConversation(handler));

    private static Task<int> EscalateAsync(ConcernsHarness harness) =>
        harness.WithAsync(s => s.GetRequiredService<ConcernEscalator>().EscalateDueAsync(CancellationToken.None));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_concern_not_opened_within_two_school_days_goes_to_the_next_handler_and_then_the_next(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        foreach (var person in new[] { ConcernsHarness.HeadTeacher, ConcernsHarness.Deputy, ConcernsHarness.ChairOfGovernors })
        {
            await harness.TurnAsync(Inbound.Message(person, "hi"));
        }

        // Friday 6 March 2026, 15:00 (GMT): two school days later is Tuesday 10 March, 15:00.
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 3, 6, 15, 0, 0, TimeSpan.Zero));
        harness.Connector.Sent.Clear();
        var (id, reference) = await ReportAboutTheSchoolAsync(harness);
        Assert.Single(Notices(harness, ConcernsHarness.HeadTeacher));
        Assert.Empty(Notices(harness, ConcernsHarness.Deputy));

        // The weekend does not count, nor does Monday, nor Tuesday until the same time.
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 3, 10, 14, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await EscalateAsync(harness));
        Assert.Empty(Notices(harness, ConcernsHarness.Deputy));
        var deputyTooEarly = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.Deputy, ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }));
        Assert.Null(deputyTooEarly.InvokeCard());

        harness.Time.SetUtcNow(new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await EscalateAsync(harness));
        var escalated = TestTurn.Describe(Assert.Single(Notices(harness, ConcernsHarness.Deputy)));
        Assert.Contains($"Concern {reference} awaits you", escalated, StringComparison.Ordinal);
        Assert.Contains("not opened within 2 school days", escalated, StringComparison.Ordinal);
        Assert.DoesNotContain("Year 4", escalated, StringComparison.Ordinal);
        Assert.Equal(0, await EscalateAsync(harness));
        Assert.Empty(Notices(harness, ConcernsHarness.ChairOfGovernors));

        // Still unopened two school days after that (Thursday 12 March, 15:00): the chair of governors.
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 3, 12, 15, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await EscalateAsync(harness));
        Assert.Single(Notices(harness, ConcernsHarness.ChairOfGovernors));

        // Nobody is left: it stays with the chair, and nobody is told twice.
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 3, 20, 15, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await EscalateAsync(harness));
        Assert.Single(Notices(harness, ConcernsHarness.HeadTeacher));
        Assert.Single(Notices(harness, ConcernsHarness.Deputy));

        await using var db = harness.Database.Open();
        var routes = await db.Set<ConcernRoute>().Where(r => r.ConcernId == id).OrderBy(r => r.RoutedAt).Select(r => new { r.HandlerAadObjectId, r.Reason }).ToListAsync();
        Assert.Equal([(ConcernsHarness.HeadTeacher, "first"), (ConcernsHarness.Deputy, "escalated"), (ConcernsHarness.ChairOfGovernors, "escalated")],
            routes.Select(r => (r.HandlerAadObjectId, r.Reason)));
        var opened = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.Deputy, ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }));
        Assert.NotNull(opened.InvokeCard());
    }

    [Fact]
    public async Task A_concern_opened_in_time_does_not_escalate()
    {
        await using var harness = await ConcernsHarness.CreateAsync(DatabaseProvider.Sqlite);
        await harness.TurnAsync(Inbound.Message(ConcernsHarness.HeadTeacher, "hi"));
        await harness.TurnAsync(Inbound.Message(ConcernsHarness.Deputy, "hi"));
        harness.Connector.Sent.Clear();
        var (id, _) = await ReportAboutTheSchoolAsync(harness);

        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.TurnAsync(Inbound.Execute(ConcernsHarness.HeadTeacher, ConcernVerbs.Open, new JsonObject { [ConcernForm.ConcernId] = id.ToString() }));
        harness.Time.Advance(TimeSpan.FromDays(30));

        Assert.Equal(0, await EscalateAsync(harness));
        Assert.Empty(Notices(harness, ConcernsHarness.Deputy));
        await using var db = harness.Database.Open();
        var concern = await db.Set<Concern>().SingleAsync(c => c.Id == id);
        Assert.NotNull(concern.OpenedAt);
        Assert.Null(concern.EscalateAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_instances_checking_at_the_same_moment_escalate_a_concern_once(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        foreach (var person in new[] { ConcernsHarness.HeadTeacher, ConcernsHarness.Deputy, ConcernsHarness.ChairOfGovernors })
        {
            await harness.TurnAsync(Inbound.Message(person, "hi"));
        }

        harness.Connector.Sent.Clear();
        var (id, reference) = await ReportAboutTheSchoolAsync(harness);
        harness.Time.Advance(TimeSpan.FromDays(7));

        // Each "instance" has its own scope and database connection, as two processes would.
        var escalated = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => EscalateAsync(harness))));

        Assert.Equal(1, escalated.Sum());
        Assert.Single(Notices(harness, ConcernsHarness.Deputy));
        Assert.Empty(Notices(harness, ConcernsHarness.ChairOfGovernors));
        await using var db = harness.Database.Open();
        Assert.Equal(2, await db.Set<ConcernRoute>().CountAsync(r => r.ConcernId == id));
        Assert.Single(await db.Set<ConcernAuditEntry>().Where(a => a.ConcernReference == reference && a.Action == AuditActions.Routed && a.Details.Contains("reason=escalated")).ToListAsync());
    }
}
