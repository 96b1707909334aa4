using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Features.PolicyAnswers;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;
using CadoxtonPolicyBot.Tests.Support;
using CadoxtonPolicyBot.Turns;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Tests.Cards;

/// <summary>
/// Every card the bot sends, as JSON, against a golden file in Cards/Snapshots: a change in what staff see is a
/// visible diff in review. After changing a card on purpose, regenerate the files and review the diff:
/// <c>UPDATE_CARD_SNAPSHOTS=1 dotnet test tests/CadoxtonPolicyBot.Tests --filter CardSnapshotTests</c>.
/// </summary>
public sealed class CardSnapshotTests
{
    private const string UpdateVariable = "UPDATE_CARD_SNAPSHOTS";
    // Indented, and "·", "’" and "✔" as themselves, so a diff reads as the card does.
    private static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly PolicyDocument Policy = PolicyDocument.LoadEmbedded();
    private static readonly PolicyAnswerEngine Engine = new(Policy);
    private static readonly DateTimeOffset Monday = new(2026, 9, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly SchoolClock SchoolTime = new(new Clock(Monday), new WeekdaySchoolCalendar(), Options.Create(new SchoolTimeOptions()));
    private static readonly Guid RoundId = Guid.Parse("0b1c2d3e-0000-4000-8000-000000000001");
    private static readonly Guid ConcernId = Guid.Parse("0c1d2e3f-0000-4000-8000-000000000002");

    private static readonly Dictionary<string, Func<AdaptiveCard>> All = new(StringComparer.Ordinal)
    {
        ["turns.welcome"] = () => Help().Welcome(),
        ["turns.help"] = () => Help().Help(),
        ["turns.unrecognised"] = () => Help().Unrecognised(),
        ["turns.welcome.cy"] = () => Help().Welcome("cy-GB"),
        ["turns.help.cy"] = () => Help().Help("cy-GB"),
        ["turns.unrecognised.cy"] = () => Help().Unrecognised("cy-GB"),

        ["policy.answer.not-allowed"] = () => PolicyAnswerCard.Build(Engine.Answer("Can I check Instagram on my phone in a lesson?"), "Can I check Instagram on my phone in a lesson?"),
        ["policy.answer.depends"] = () => PolicyAnswerCard.Build(Engine.Answer("can I post photos from the school trip?"), "can I post photos from the school trip?"),
        ["policy.answer.report"] = () => PolicyAnswerCard.Build(Engine.Answer("A parent posted nasty comments about a colleague on Facebook, how do I report it?"), "A parent posted nasty comments about a colleague on Facebook, how do I report it?"),
        ["policy.answer.out-of-scope"] = () => PolicyAnswerCard.Build(Engine.Answer("What time is the staff meeting?"), "What time is the staff meeting?"),
        ["policy.full-policy"] = () => PolicyCards.FullPolicy(Policy),
        ["policy.thank-you"] = () => PolicyCards.ThankYou(true),
        ["policy.ask.consent"] = () => PolicyCards.Consent("Can I join the parents' WhatsApp group for my own child's class?"),
        ["policy.ask.sent"] = () => PolicyCards.Sent(true),
        ["policy.ask.not-sent"] = () => PolicyCards.NotSent(),
        ["policy.ask.for-head-teacher"] = () => PolicyCards.ForHeadTeacher(new WaitingQuestion(ConcernId, "Can I join the parents' WhatsApp group?", "Alex Wilber", Monday)),
        ["policy.ask.reply-sent"] = () => PolicyCards.ReplySent("Alex Wilber"),
        ["policy.ask.reply"] = () => PolicyCards.ReplyToAsker("Yes, as a parent; keep school matters out of it."),
        ["policy.full-policy.cy"] = () => PolicyCards.FullPolicy(Policy, CardLanguage.Welsh),
        ["policy.thank-you.cy"] = () => PolicyCards.ThankYou(false, CardLanguage.Welsh),
        ["policy.ask.consent.cy"] = () => PolicyCards.Consent("Ga i ymuno â grŵp WhatsApp rhieni dosbarth fy mhlentyn?", CardLanguage.Welsh),
        ["policy.ask.sent.cy"] = () => PolicyCards.Sent(false, CardLanguage.Welsh),
        ["policy.ask.not-sent.cy"] = () => PolicyCards.NotSent(CardLanguage.Welsh),
        ["policy.ask.reply.cy"] = () => PolicyCards.ReplyToAsker("Cewch, fel rhiant; cadwch faterion yr ysgol allan ohono.", CardLanguage.Welsh),

        ["ack.launch-form"] = () => Acknowledgements().LaunchForm(AcknowledgementCardActions.DefaultForm(SchoolTime, null), [],
            [new Choice("Cadoxton Staff (the staff group)", "group:5e6f7a8b-0000-4000-8000-000000000031"), new Choice("Staff (team)", "team:19:staffroom@thread.tacv2")]),
        ["ack.launch-form.errors"] = () => Acknowledgements().LaunchForm(AcknowledgementCardActions.DefaultForm(SchoolTime, "2026/27"), ["The due date has to be after today."]),
        ["ack.refusal"] = AcknowledgementCards.Refusal,
        ["ack.annual-offer"] = () => AcknowledgementCards.AnnualOffer("2027/28"),
        ["ack.revision-offer"] = () => AcknowledgementCards.RevisionOffer(new PolicyEdition(new string('a', 64), new DateOnly(2027, 1, 14)), "2026/27 (policy of 14 Jan 2027)", [Round()]),
        ["ack.progress"] = () => Acknowledgements().Progress(Progress(), "29:head"),
        ["ack.invitation"] = () => Acknowledgements().Invitation(Round(), "29:alex"),
        ["ack.reminder"] = () => Acknowledgements().Invitation(Round(), "29:alex", reminder: true),
        ["ack.full-text"] = () => Acknowledgements().FullText(Round(), "29:alex"),
        ["ack.full-text.check-mistakes"] = () => Acknowledgements().FullText(Round(check: true), "29:alex",
            new PolicyCheck(Policy).Mark(_ => "wrong"), id => id == "check.home" ? "no" : null),
        ["ack.acknowledged"] = () => Acknowledgements().Acknowledged(Round(), Record(), "29:alex"),
        ["ack.superseded"] = () => Acknowledgements().Superseded(Round(), Record()),
        ["ack.round-closed"] = () => AcknowledgementCards.RoundClosed(Round()),
        ["ack.progress.reminded"] = () => Acknowledgements().Progress(Progress(), "29:head",
            Acknowledgements().RemindedNotice(new RemindResult(RemindOutcome.Queued, 5, Monday.AddMinutes(42)))),
        ["ack.progress.due-in-holiday"] = () => Acknowledgements().Progress(Progress(), "29:head", warning:
            "Please check the due date: Tuesday 27 October 2026 is in the school holiday \"Autumn half term\". The round has started and the cards are going out; staff are asked to confirm by that date. If you meant a school day, close this round and start it again with another date."),
        ["ack.confirm-remind"] = () => Acknowledgements().ConfirmRemind(Round(), Monday.AddMinutes(42), 5, 4, 1),
        ["ack.confirm-close"] = () => AcknowledgementCards.ConfirmClose(Round(), 4),
        ["ack.closed-for-you"] = () => AcknowledgementCards.ClosedForYou(Round()),
        ["ack.invitation.cy"] = () => Acknowledgements().Invitation(Round(), "29:alex", language: CardLanguage.Welsh),
        ["ack.reminder.cy"] = () => Acknowledgements().Invitation(Round(), "29:alex", reminder: true, CardLanguage.Welsh),
        ["ack.full-text.check-mistakes.cy"] = () => Acknowledgements().FullText(Round(check: true), "29:alex",
            new PolicyCheck(Policy).Mark(_ => "wrong"), id => id == "check.home" ? "no" : null, CardLanguage.Welsh),
        ["ack.reread.cy"] = () => Acknowledgements().Reread(Round(), Record(), "29:alex", CardLanguage.Welsh),
        ["ack.acknowledged.cy"] = () => Acknowledgements().Acknowledged(Round(), Record(), "29:alex", CardLanguage.Welsh),
        ["ack.superseded.cy"] = () => Acknowledgements().Superseded(Round(), Record(), CardLanguage.Welsh),
        ["ack.round-closed.cy"] = () => AcknowledgementCards.RoundClosed(Round(), CardLanguage.Welsh),
        ["ack.closed-for-you.cy"] = () => AcknowledgementCards.ClosedForYou(Round(), CardLanguage.Welsh),
        ["ack.my-card.help"] = () => Help().Help(null, [new HelpEntry("Confirm the social media policy",
            "You have been asked to read the staff social media policy and confirm it by Thursday 1 October 2026 (2026/27). Your card brings you the policy and the button to confirm.",
            AcknowledgementCards.MyCardVerb, "policy card", Order: -10)]),
        ["ack.my-card.help.cy"] = () => Help().Help("cy-GB", [new HelpEntry("Confirm the social media policy",
            "You have been asked to read the staff social media policy and confirm it by Thursday 1 October 2026 (2026/27). Your card brings you the policy and the button to confirm.",
            AcknowledgementCards.MyCardVerb, "policy card", Order: -10, new HelpEntryWelsh("Cadarnhau'r polisi cyfryngau cymdeithasol",
                "Mae'r ysgol wedi gofyn i chi ddarllen polisi cyfryngau cymdeithasol y staff a'i gadarnhau erbyn dydd Iau 1 Hydref 2026 (2026/27). Mae'ch cerdyn yn dod â'r polisi a'r botwm i gadarnhau.",
                "cerdyn polisi"))]),

        ["concern.consent"] = () => ConcernCards.Consent(Policy.EvidenceParagraph),
        ["concern.form"] = () => ConcernCards.Form("form-token-1", Policy),
        ["concern.evidence-prompt"] = () => ConcernCards.EvidencePrompt("CON-2026-0001", ConcernId, new ConcernsOptions()),
        ["concern.handler-notice"] = () => ConcernCards.HandlerNotice("CON-2026-0001", ConcernId),
        ["concern.details"] = () => ConcernCards.Details(Concern(), new ConcernDetails("Alex Wilber", "alex@cadoxton.example",
            "A post on a public page names a pupil.", "Facebook", null, "Yesterday evening", "pupil", null, [3], false), [], [], SchoolTime),
        ["concern.handler-list"] = () => ConcernCards.HandlerList([Concern()], SchoolTime),
        ["concern.reporter-list"] = () => ConcernCards.ReporterList([Concern()], SchoolTime),
        ["concern.consent.cy"] = () => ConcernCards.Consent(Policy.EvidenceParagraph, CardLanguage.Welsh),
        ["concern.form.cy"] = () => ConcernCards.Form("form-token-1", Policy, CardLanguage.Welsh),
        ["concern.evidence-prompt.cy"] = () => ConcernCards.EvidencePrompt("CON-2026-0001", ConcernId, new ConcernsOptions(), CardLanguage.Welsh),
        ["concern.reporter-list.cy"] = () => ConcernCards.ReporterList([Concern()], SchoolTime, CardLanguage.Welsh),
    };

    public static TheoryData<string> Cards() => [.. All.Keys];

    [Theory]
    [MemberData(nameof(Cards))]
    public void The_card_matches_its_snapshot(string name)
    {
        var json = JsonSerializer.SerializeToNode(All[name](), CardJson.Options)!.ToJsonString(Readable) + "\n";
        var path = RepositoryPaths.File("tests", "CadoxtonPolicyBot.Tests", "Cards", "Snapshots", name + ".json");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, json);
        }

        Assert.True(File.Exists(path), $"No snapshot for the card {name}. Run with {UpdateVariable}=1 to write {path}, then review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), json);
    }

    [Fact]
    public void Every_snapshot_file_belongs_to_a_card()
    {
        var files = Directory.GetFiles(RepositoryPaths.File("tests", "CadoxtonPolicyBot.Tests", "Cards", "Snapshots"), "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f)!);

        Assert.Empty(files.Except(All.Keys));
    }

    private static HelpCards Help() => new(
    [
        new HelpEntry("Ask about the policy", "Ask in your own words whether you can post something.", null, "can I post photos from the school trip?", Order: 10,
            new HelpEntryWelsh("Gofyn am y polisi", "Gofynnwch yn eich geiriau eich hun a gewch chi bostio rhywbeth.", "ga i bostio lluniau o drip yr ysgol?")),
        new HelpEntry("Start an acknowledgement round", "Head teacher: ask every member of staff to confirm the policy.", AcknowledgementCards.StartVerb, "start acknowledgement round", Order: 20),
    ]);

    private static AcknowledgementCards Acknowledgements() => new(Policy, new PolicyCheck(Policy), SchoolTime);

    private static AcknowledgementRound Round(bool check = false) => new()
    {
        Id = RoundId,
        Name = "2026/27",
        DueDate = new DateOnly(2026, 10, 1),
        Audience = "team:19:staffroom@thread.tacv2",
        AudienceDescription = "Staff (team, 2 people)",
        AudienceName = "Staff",
        Message = "Please read this before half term.",
        PolicyVersion = Policy.Version.Sha256Hex,
        PolicyAdoptedOn = Policy.AdoptedOn,
        Status = RoundStatus.Open,
        CheckQuestions = check,
        CreatedByAadObjectId = Staff.HeadTeacher,
        CreatedAt = Monday,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
    };

    private static Acknowledgement Record() => new()
    {
        RoundId = RoundId,
        AadObjectId = Staff.Megan,
        Name = "Megan Bowen",
        AcknowledgedAt = Monday.AddHours(2),
        PolicyVersion = Policy.Version.Sha256Hex,
    };

    private static RoundProgress Progress() => new(Round(),
    [
        new RecipientProgress(Staff.Alex, "Alex Wilber", null, RoundProgress.Outstanding, DeliveryState.Sent, null, null, null),
        new RecipientProgress(Staff.Megan, "Megan Bowen", null, RoundProgress.Acknowledged, DeliveryState.Sent, null, Record(), Monday.AddHours(1)),
    ]);

    private static Concern Concern() => new()
    {
        Id = ConcernId,
        Reference = "CON-2026-0001",
        Status = ConcernStatus.Received,
        ReporterAadObjectId = Staff.Alex,
        Details = [],
        CreatedAt = Monday,
        UpdatedAt = Monday,
    };

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
