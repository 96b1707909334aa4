using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using static CadoxtonPolicyBot.Tests.Features.Acknowledgements.AckHarness;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

/// <summary>Issue 13.4: the launch form defaults to a school day and warns when the chosen date is not one.</summary>
public sealed class DueDateTests
{
    private static readonly KeyValuePair<string, string?>[] Autumn =
    [
        new("School:Holidays:0:Name", "Autumn half term"), new("School:Holidays:0:Start", "2026-10-26"), new("School:Holidays:0:End", "2026-10-30"),
        new("School:Holidays:1:Name", "Christmas holiday"), new("School:Holidays:1:Start", "2026-12-21"), new("School:Holidays:1:End", "2027-01-01"),
    ];

    [Fact]
    public async Task Launched_on_the_first_of_december_the_form_proposes_the_first_school_day_after_christmas()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite, new DateTimeOffset(2026, 12, 1, 10, 42, 0, TimeSpan.Zero), settings: Autumn);

        var form = (await app.SayAsync(Head, "start acknowledgement round")).SentCard();

        Assert.Equal("2027-01-04", form!["body"]!.AsArray().Single(e => e?["id"]?.GetValue<string>() == "dueDate")!["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2026-10-27", "Please check the due date: Tuesday 27 October 2026 is in the school holiday \"Autumn half term\".")]
    [InlineData("2026-10-03", "Please check the due date: Saturday 3 October 2026 is a weekend.")]
    public async Task A_due_date_in_a_holiday_or_at_a_weekend_launches_with_a_warning(string dueDate, string warning)
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite, settings: Autumn);
        app.Audience.Members = [Alex.AsMember()];

        var launched = await app.PressAsync(Head, AcknowledgementCards.LaunchVerb, Form(dueDate));

        var card = launched.CardFromInvoke();
        Assert.Equal("Acknowledgement round 2026/27", card!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("warning", card["body"]![1]!["style"]!.GetValue<string>());
        Assert.Contains(warning, card.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_due_date_on_a_school_day_launches_without_a_warning()
    {
        await using var app = await CreateAsync(DatabaseProvider.Sqlite, settings: Autumn);
        app.Audience.Members = [Alex.AsMember()];

        var launched = await app.PressAsync(Head, AcknowledgementCards.LaunchVerb, Form("2026-10-02"));

        Assert.DoesNotContain("Please check the due date", launched.CardFromInvoke().AllText(), StringComparison.Ordinal);
        Assert.Contains("Friday 2 October 2026", launched.CardFromInvoke().AllText(), StringComparison.Ordinal);
    }

    private static JsonObject Form(string dueDate) => new()
    {
        ["name"] = "2026/27", ["dueDate"] = dueDate, ["audience"] = GroupId, ["check"] = "false",
    };
}
