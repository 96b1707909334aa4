using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CadoxtonPolicyBot.Tests.Features.Acknowledgements.AckHarness;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

public sealed class LaunchTests
{
    [Fact]
    public async Task The_head_teacher_typing_start_acknowledgement_round_gets_the_form_with_this_school_years_name()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);

        var turn = await app.SayAsync(Head, "Start acknowledgement round");

        var card = Assert.Single(turn.Sent).Attachments![0].Content;
        Assert.Equal("2026/27", card!["body"]!.AsArray().Single(e => e?["id"]?.GetValue<string>() == "name")!["value"]!.GetValue<string>());
        Assert.Contains(AcknowledgementCards.LaunchVerb, card.Verbs());
    }

    [Fact]
    public void The_school_year_name_turns_over_on_the_first_of_september()
    {
        Assert.Equal("2025/26", AcknowledgementRounds.SchoolYearName(new DateTimeOffset(2026, 8, 31, 23, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2026/27", AcknowledgementRounds.SchoolYearName(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2099/00", AcknowledgementRounds.NextYearName(2099));
    }

    [Fact]
    public async Task Anyone_else_asking_to_start_a_round_gets_a_polite_refusal_and_nothing_is_created()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);

        var typed = await app.SayAsync(Alex, "start acknowledgement round");
        var pressed = await app.PressAsync(Alex, AcknowledgementCards.LaunchVerb, new JsonObject
        {
            ["name"] = "2026/27", ["dueDate"] = "2026-10-01", ["audience"] = GroupId,
        });

        Assert.Contains("run by the head teacher", typed.SentCard().AllText(), StringComparison.Ordinal);
        Assert.Equal(400, pressed.InvokeBody?["statusCode"]?.GetValue<int>());
        Assert.Equal(AcknowledgementCards.RefusalMessage, pressed.InvokeBody?["value"]?["message"]?.GetValue<string>());
        Assert.Equal(0, await app.DbAsync(db => db.Set<AcknowledgementRound>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Launching_creates_the_round_and_one_outbox_row_per_person(string provider)
    {
        await using var app = await CreateAsync(provider);

        var roundId = await app.LaunchAsync([Alex, Bea, Cai]);

        var round = await app.DbAsync(db => db.Set<AcknowledgementRound>().SingleAsync());
        Assert.Equal(roundId, round.Id);
        Assert.Equal(new DateOnly(2026, 10, 1), round.DueDate);
        Assert.Equal(app.Services.GetRequiredService<PolicyDocument>().Version.Sha256Hex, round.PolicyVersion);
        Assert.Equal(Head.AadObjectId, round.CreatedByAadObjectId);
        var rows = await app.DbAsync(db => db.Set<RoundRecipient>().ToListAsync());
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(DeliveryState.Pending, r.State));
    }

    [Theory]
    [InlineData("2026-09-01", "The due date has to be after today.")]
    [InlineData("2026-09-07", "The due date has to be after today.")]
    [InlineData("", "Choose a due date.")]
    public async Task A_due_date_that_is_not_in_the_future_is_refused_on_the_card(string dueDate, string error)
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);
        app.Audience.Members = [Alex.AsMember()];

        var turn = await app.PressAsync(Head, AcknowledgementCards.LaunchVerb, new JsonObject
        {
            ["name"] = "2026/27", ["dueDate"] = dueDate, ["audience"] = GroupId,
        });

        var text = turn.CardFromInvoke().AllText();
        Assert.Contains("Nothing has been sent yet", text, StringComparison.Ordinal);
        Assert.Contains(error, text, StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.Set<RoundRecipient>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_audience_with_nobody_in_it_is_refused_and_nothing_is_created(string provider)
    {
        await using var app = await CreateAsync(provider);
        app.Audience.Members = [];

        var turn = await app.PressAsync(Head, AcknowledgementCards.LaunchVerb, new JsonObject
        {
            ["name"] = "2026/27", ["dueDate"] = "2026-10-01", ["audience"] = GroupId,
        });

        Assert.Contains("That audience has nobody in it", turn.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.Set<AcknowledgementRound>().CountAsync()));
    }

    [Fact]
    public async Task An_audience_typed_as_words_instead_of_chosen_from_the_list_is_refused()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite);

        var turn = await app.PressAsync(Head, AcknowledgementCards.LaunchVerb, new JsonObject
        {
            ["name"] = "2026/27", ["dueDate"] = "2026-10-01", ["audience"] = "all staff please",
        });

        Assert.Contains("Choose who the round is for: the staff group, one of the teams listed, or a group found by typing its name.", turn.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.Set<AcknowledgementRound>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_round_for_the_same_policy_version_is_refused_while_one_is_open(string provider)
    {
        await using var app = await CreateAsync(provider);
        await app.LaunchAsync([Alex]);

        var turn = await app.PressAsync(Head, AcknowledgementCards.LaunchVerb, new JsonObject
        {
            ["name"] = "Again", ["dueDate"] = "2026-11-01", ["audience"] = GroupId,
        });

        Assert.Contains("already open", turn.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Equal(1, await app.DbAsync(db => db.Set<AcknowledgementRound>().CountAsync()));
        Assert.Equal(1, await app.DbAsync(db => db.Set<RoundRecipient>().CountAsync()));
    }

    [Fact]
    public void Audiences_parse_as_group_ids_or_team_ids()
    {
        Assert.True(AudienceSpec.TryParse(" 5F1A0000-0000-4000-8000-0000000000AA ", out var group));
        Assert.Equal(new AudienceSpec(AudienceKind.Group, GroupId), group);
        Assert.True(AudienceSpec.TryParse("team:19:abc@thread.tacv2", out var team));
        Assert.Equal(new AudienceSpec(AudienceKind.Team, "19:abc@thread.tacv2"), team);
        Assert.False(AudienceSpec.TryParse("team:", out _));
        Assert.False(AudienceSpec.TryParse("everyone", out _));
    }
}
