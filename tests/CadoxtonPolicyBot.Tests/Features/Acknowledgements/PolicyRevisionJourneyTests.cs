using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Ship;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

/// <summary>
/// README, "When the school revises its policy", walked through the whole app: a round on the embedded text, then the
/// school's revised copy configured and the bot restarted on the same database; the head teacher is offered a round
/// for the new version, and records keep the version each person acknowledged.
/// </summary>
public sealed class PolicyRevisionJourneyTests
{
    private const string TeamId = "19:staffroom@thread.tacv2";
    private const string OfferSummary = "The social media policy has changed: start a round for the new version?";
    private static readonly string[] Team = [Staff.Alex, Staff.Megan];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_revised_policy_file_is_offered_to_the_head_teacher_as_a_new_round_and_earlier_records_keep_their_version(string provider)
    {
        using var folder = new TemporaryDirectory("cadoxton-revision-");
        var embedded = PolicyDocument.LoadEmbedded();

        // Autumn: a round on the policy of 1 September 2026. Megan confirms it, Alex does not get round to it.
        var autumn = await BotTestHost.StartAsync(provider, Settings(), now: new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.Zero));
        autumn.Connector.Roster = Roster();
        using (await autumn.PostAsync(autumn.Message("start acknowledgement round", Staff.HeadTeacher)))
        {
        }

        var progress = await autumn.InvokeAsync(autumn.Execute(AcknowledgementCards.LaunchVerb, LaunchData(autumn, "2026/27"), Staff.HeadTeacher));
        Assert.Contains("Policy: the policy of 1 September 2026 (version 3af501750f98)", FactsOf(progress["value"]!), StringComparison.Ordinal);
        await WaitForAsync(autumn, () => Invitations(autumn).Count == 2);
        var autumnRound = await DbAsync(autumn, db => db.Set<AcknowledgementRound>().SingleAsync());
        await autumn.InvokeAsync(autumn.Execute(AcknowledgementCards.ReadVerb, RoundData(autumnRound.Id), Staff.Megan));
        var confirmed = await autumn.InvokeAsync(autumn.Execute(AcknowledgementCards.ConfirmVerb, RoundData(autumnRound.Id), Staff.Megan));
        Assert.Contains("You confirmed the policy of 1 September 2026 (version 3af501750f98). Thank you.", confirmed["value"]!.AllText(), StringComparison.Ordinal);
        await autumn.StopKeepingDataAsync();

        // January: the governors adopt a revised text. Step by step as the README says: save it as UTF-8, point
        // Policy:File at it, set Policy:AdoptedOn, restart.
        var revisedText = Encoding.UTF8.GetString(PolicyDocument.EmbeddedText()).Replace(
            "General Advice\n\n", "General Advice\n\nEmployees should not use generative AI tools to make images of pupils or colleagues.\n\n", StringComparison.Ordinal);
        var revisedFile = Path.Combine(folder.Path, "social-media-policy-2027.txt");
        await File.WriteAllTextAsync(revisedFile, revisedText);
        var revisedVersion = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(revisedFile)));
        var settings = Settings();
        settings["Policy:File"] = revisedFile;
        settings["Policy:AdoptedOn"] = "2027-01-14";
        settings["BotProtocol:AllowedServiceUrls:0"] = autumn.Connector.ServiceUrl.AbsoluteUri;
        var before = autumn.Connector.Messages.Count;

        await using var spring = await BotTestHost.StartAsync(provider, settings, now: new DateTimeOffset(2027, 1, 15, 8, 0, 0, TimeSpan.Zero), restartOf: autumn);

        Assert.Equal(revisedVersion, spring.Services.GetRequiredService<PolicyDocument>().Version.Sha256Hex);
        await WaitForAsync(spring, () => spring.Connector.Messages.Any(m => m.Activity?.Summary == OfferSummary));
        var offer = Assert.Single(spring.Connector.Messages, m => m.Activity?.Summary == OfferSummary);
        Assert.Equal($"/v3/conversations/a:personal-{Staff.HeadTeacher}/activities", Uri.UnescapeDataString(offer.Path));
        Assert.Contains($"The bot now has the policy of 14 January 2027 (version {revisedVersion[..12]}).", offer.CardText, StringComparison.Ordinal);
        Assert.Contains("The round \"2026/27\" for the policy of 1 September 2026 has been closed", offer.CardText, StringComparison.Ordinal);
        Assert.Equal(RoundStatus.Closed, (await DbAsync(spring, db => db.Set<AcknowledgementRound>().SingleAsync())).Status);
        var kept = Assert.Single(await DbAsync(spring, db => db.Set<Acknowledgement>().ToListAsync()));
        Assert.Equal((Staff.Megan, embedded.Version.Sha256Hex), (kept.AadObjectId, kept.PolicyVersion));

        // The offer is made once, and Megan's autumn card now says its text has been replaced.
        await RunClockAsync(spring, TimeSpan.FromSeconds(2));
        Assert.Single(spring.Connector.Messages, m => m.Activity?.Summary == OfferSummary);
        var old = await spring.InvokeAsync(spring.Execute(AcknowledgementCards.ReadVerb, RoundData(autumnRound.Id), Staff.Megan));
        Assert.Contains("which the school has since replaced with a new version", old["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Contains("You confirmed the policy of 1 September 2026 (version 3af501750f98) on", old["value"]!.AllText(), StringComparison.Ordinal);

        // The head teacher takes the offer: the new round is for the new version, and everyone gets its card.
        var form = await spring.InvokeAsync(spring.Execute(AcknowledgementCards.StartVerb, offer.Card!["actions"]![0]!["data"]!.AsObject().DeepClone().AsObject(), Staff.HeadTeacher, offer.Id));
        Assert.Contains($"They will be asked about the policy of 14 January 2027 (version {revisedVersion[..12]}).", form["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Equal("2026/27 (policy of 14 Jan 2027)", form["value"]!["body"]!.AsArray().First(e => e?["id"]?.GetValue<string>() == "name")!["value"]!.GetValue<string>());
        var launched = await spring.InvokeAsync(spring.Execute(AcknowledgementCards.LaunchVerb, LaunchData(spring, "2026/27 (policy of 14 Jan 2027)"), Staff.HeadTeacher));
        Assert.Contains($"Policy: the policy of 14 January 2027 (version {revisedVersion[..12]})", FactsOf(launched["value"]!), StringComparison.Ordinal);
        await WaitForAsync(spring, () => Invitations(spring).Count(m => spring.Connector.Messages.ToList().IndexOf(m) >= before) == 2);
        var spring2027 = await DbAsync(spring, db => db.Set<AcknowledgementRound>().SingleAsync(r => r.Status == RoundStatus.Open));
        Assert.Equal((revisedVersion, new DateOnly(2027, 1, 14)), (spring2027.PolicyVersion, spring2027.PolicyAdoptedOn));
        Assert.Contains("This is the policy of 14 January 2027.", Invitations(spring).Last().CardText, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Roles:HeadTeacherIds:0"] = Staff.HeadTeacher,
        ["Acknowledgements:PollInterval"] = "00:00:01",
        ["Acknowledgements:TenantRequestsPerSecond"] = "1000",
        // Not the yearly offer: this test is about the offer a new text makes.
        ["Acknowledgements:AnnualOfferDate"] = "12-01",
    };

    private static List<TeamsChannelAccount> Roster() =>
    [
        .. Team.Select(id => new TeamsChannelAccount { Id = "29:" + id, AadObjectId = id, Name = Staff.NameOf(id), UserRole = "user" }),
    ];

    private static JsonObject LaunchData(BotTestHost bot, string name) => new()
    {
        ["name"] = name,
        ["dueDate"] = DateOnly.FromDateTime(bot.Time.GetUtcNow().UtcDateTime).AddDays(28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["audience"] = "team:" + TeamId,
        ["message"] = "",
        ["check"] = "false",
    };

    private static JsonObject RoundData(Guid roundId) => new() { ["round"] = roundId.ToString() };

    private static List<ReceivedCall> Invitations(BotTestHost bot) =>
        [.. bot.Connector.Messages.Where(m => m.Activity?.Summary == "Please read and acknowledge the social media policy")];

    private static string FactsOf(JsonNode card) =>
        string.Join("\n", card["body"]!.AsArray().Where(e => e?["type"]?.GetValue<string>() == "FactSet")
            .SelectMany(f => f!["facts"]!.AsArray()).Select(f => $"{f!["title"]!.GetValue<string>()}: {f["value"]!.GetValue<string>()}"));

    private static async Task<T> DbAsync<T>(BotTestHost bot, Func<BotDbContext, Task<T>> query)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }

    // The worker's rate limiter and the schedule wait on the app's clock: move it on in small steps meanwhile.
    private static async Task WaitForAsync(BotTestHost bot, Func<bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out; the bot sent: " + string.Join(" | ", bot.Connector.Messages.Select(m => m.Activity?.Summary)));
            bot.Time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(10);
        }
    }

    private static async Task RunClockAsync(BotTestHost bot, TimeSpan appTime)
    {
        for (var moved = TimeSpan.Zero; moved < appTime; moved += TimeSpan.FromMilliseconds(250))
        {
            bot.Time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(25);
        }
    }
}
