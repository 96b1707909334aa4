using System.Net;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Hosting;
using CadoxtonPolicyBot.Infrastructure.Security;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Tests.Hosting;

/// <summary>
/// A single-tenant bot serves its own tenant only (issue 12.5: a user of another tenant, through a shared channel or
/// an external chat, filed a concern that reached both handlers). Real tokens, real database, the real connector client.
/// </summary>
public sealed class TenantFilterTests : IAsyncLifetime
{
    private const string Foreign = "9e8d7c6b-0000-4000-8000-0000000000ff";
    private const string Outsider = "5a5a5a5a-0000-4000-8000-0000000000ee";

    private BotTestHost _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["Roles:ConcernHandlers:0:AadObjectId"] = Staff.HeadTeacher,
            ["Roles:ConcernHandlers:0:Role"] = "Head teacher",
            ["Roles:ConcernHandlers:1:AadObjectId"] = Staff.Deputy,
            ["Roles:ConcernHandlers:1:Role"] = "Deputy head",
        });
        // Both handlers have talked to the bot, so a routed concern would reach them.
        foreach (var handler in new[] { Staff.HeadTeacher, Staff.Deputy })
        {
            using var response = await _bot.PostAsync(_bot.Message("help", handler));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await _bot.Connector.WaitForMessagesAsync(2);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_user_of_another_tenant_who_files_a_concern_is_refused_at_every_step_and_no_handler_is_told()
    {
        var before = _bot.Connector.Messages.Count;

        using (var asked = await _bot.PostAsync(FromAnotherTenant(_bot.Message("report a concern", Outsider))))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        var pressed = await _bot.InvokeAsync(FromAnotherTenant(_bot.Execute(ConcernVerbs.Continue, [], Outsider)));
        var submitted = await _bot.InvokeAsync(FromAnotherTenant(_bot.Execute(ConcernVerbs.Submit, new JsonObject
        {
            [ConcernForm.Token] = "guessed",
            [ConcernForm.WhatHappened] = "made up by someone outside the school",
            [ConcernForm.ConcernsWhom] = "school",
            [ConcernForm.ReporterIsSubject] = "false",
        }, Outsider)));

        // One polite line for the message; an error card answer for each press.
        var reply = Assert.Single(_bot.Connector.Messages.Skip(before));
        Assert.Equal(TenantFilter.Refusal, reply.Activity!.Text);
        Assert.Null(reply.Card);
        foreach (var answer in new[] { pressed, submitted })
        {
            Assert.Equal(403, answer["statusCode"]!.GetValue<int>());
            Assert.Equal("application/vnd.microsoft.error", answer["type"]!.GetValue<string>());
            Assert.Equal(TenantFilter.Refusal, answer["value"]!["message"]!.GetValue<string>());
        }

        await using var db = _bot.Database.Open();
        Assert.Equal(0, await db.Set<Concern>().CountAsync());
        Assert.False(await db.ConversationReferences.AnyAsync(r => r.TenantId == Foreign || r.UserAadObjectId == Outsider));
        var audit = await db.Set<SecurityAuditEntry>().AsNoTracking().ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal(nameof(RefusalReason.ForeignTenant), entry.Reason);
        Assert.Equal(ActivityTypes.Message, entry.ActivityType);
        Assert.Equal(Foreign, entry.TenantId);
        Assert.Equal(Outsider, entry.AadObjectId);
    }

    [Theory]
    [InlineData(ActivityTypes.ConversationUpdate)]
    [InlineData(ActivityTypes.InstallationUpdate)]
    public async Task A_membership_event_from_another_tenant_is_answered_with_nothing_and_audited(string type)
    {
        var before = _bot.Connector.Calls.Count;
        var (installation, conversationUpdate) = _bot.Install(Outsider);
        var activity = FromAnotherTenant(type == ActivityTypes.InstallationUpdate ? installation : conversationUpdate);

        using var response = await _bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, _bot.Connector.Calls.Count);
        await using var db = _bot.Database.Open();
        var entry = Assert.Single(await db.Set<SecurityAuditEntry>().AsNoTracking().ToListAsync());
        Assert.Equal(type, entry.ActivityType);
        Assert.Equal(Foreign, entry.TenantId);
        Assert.False(await db.ConversationWelcomes.AnyAsync(w => w.ConversationId == activity.Conversation!.Id));
    }

    [Fact]
    public async Task Channel_data_naming_another_tenant_is_refused_even_when_the_conversation_names_the_school()
    {
        var message = _bot.Message("can I post photos of sports day?", Outsider);
        message.ChannelData!["tenant"]!["id"] = Foreign;
        var before = _bot.Connector.Messages.Count;

        using var response = await _bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TenantFilter.Refusal, Assert.Single(_bot.Connector.Messages.Skip(before)).Activity!.Text);
    }

    [Fact]
    public async Task An_activity_that_names_no_tenant_is_refused()
    {
        var message = _bot.Message("can I post photos of sports day?", Outsider);
        message.Conversation!.TenantId = null;
        message.ChannelData = null;
        var before = _bot.Connector.Messages.Count;

        using var response = await _bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TenantFilter.Refusal, Assert.Single(_bot.Connector.Messages.Skip(before)).Activity!.Text);
        await using var db = _bot.Database.Open();
        var entry = Assert.Single(await db.Set<SecurityAuditEntry>().AsNoTracking().ToListAsync());
        Assert.Null(entry.TenantId);
    }

    [Fact]
    public async Task The_refusal_is_in_welsh_too_for_a_welsh_speaker_and_repeats_within_minutes_add_no_audit_row()
    {
        var first = FromAnotherTenant(_bot.Message("helo", Outsider));
        first.Locale = "cy-GB";
        var before = _bot.Connector.Messages.Count;

        using (await _bot.PostAsync(first))
        using (await _bot.PostAsync(FromAnotherTenant(_bot.Message("helo eto", Outsider))))
        {
        }

        var replies = (await _bot.Connector.WaitForMessagesAsync(before + 2)).Skip(before).ToList();
        Assert.Equal($"{TenantFilter.RefusalCymraeg} / {TenantFilter.Refusal}", replies[0].Activity!.Text);
        await using var db = _bot.Database.Open();
        Assert.Single(await db.Set<SecurityAuditEntry>().AsNoTracking().ToListAsync());
    }

    [Fact]
    public async Task The_schools_own_staff_are_served_as_before()
    {
        var before = _bot.Connector.Messages.Count;

        using var response = await _bot.PostAsync(_bot.Message("help", Staff.Alex));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await _bot.Connector.WaitForMessagesAsync(before + 1))[before];
        Assert.NotNull(reply.Card);
        await using var db = _bot.Database.Open();
        Assert.Empty(await db.Set<SecurityAuditEntry>().AsNoTracking().ToListAsync());
    }

    private static Activity FromAnotherTenant(Activity activity)
    {
        activity.Conversation!.TenantId = Foreign;
        activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Foreign } };
        return activity;
    }
}
