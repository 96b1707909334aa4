using System.Text.Json;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Tests.Support;
using CadoxtonPolicyBot.Turns;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

/// <summary>The cards staff receive in a round, for a Welsh Teams client: Welsh around the school's English policy text.</summary>
public sealed class WelshCardTests
{
    private static readonly PolicyDocument Policy = PolicyDocument.LoadEmbedded();
    private static readonly DateTimeOffset Monday = new(2026, 9, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly SchoolClock Clock = new(new FakeTimeProvider(Monday), new WeekdaySchoolCalendar(), Options.Create(new SchoolTimeOptions()));
    private static readonly AcknowledgementCards Cards = new(Policy, new PolicyCheck(Policy), Clock);

    [Theory]
    [InlineData("cy-GB", CardLanguage.Welsh)]
    [InlineData("cy", CardLanguage.Welsh)]
    [InlineData("CY-gb", CardLanguage.Welsh)]
    [InlineData("en-GB", CardLanguage.English)]
    [InlineData("cyrl", CardLanguage.English)]
    [InlineData(null, CardLanguage.English)]
    public void A_welsh_teams_locale_gives_welsh_cards_and_any_other_or_none_gives_english(string? locale, CardLanguage expected) =>
        Assert.Equal(expected, CardLocale.Of(locale));

    [Fact]
    public void Welsh_dates_name_the_day_and_month_in_welsh_and_ar_softens_dydd()
    {
        Assert.Equal("dydd Iau 1 Hydref 2026", WelshCalendar.DayAndDate(new DateOnly(2026, 10, 1)));
        Assert.Equal("ar ddydd Llun 7 Medi 2026 am 10:00", WelshCalendar.On(Clock.FormatWelsh(Monday)));
        Assert.Equal("y polisi a fabwysiadwyd ar 1 Medi 2026 (fersiwn " + Policy.Version.Sha256Hex[..12] + ")",
            new PolicyEdition(Policy.Version.Sha256Hex, new DateOnly(2026, 9, 1)).ToWelshString());
    }

    [Fact]
    public void The_welsh_invitation_says_in_welsh_that_the_policy_itself_is_in_english_and_keeps_the_same_buttons()
    {
        var english = Text(Cards.Invitation(Round(), "29:megan"));
        var welshCard = Cards.Invitation(Round(), "29:megan", language: CardLanguage.Welsh);
        var welsh = Text(welshCard);

        Assert.Contains("Darllenwch bolisi cyfryngau cymdeithasol y staff a chadarnhewch eich bod wedi'i ddeall erbyn dydd Iau 1 Hydref 2026", welsh, StringComparison.Ordinal);
        Assert.Contains(AcknowledgementCards.PolicyInEnglishWelsh, welsh, StringComparison.Ordinal);
        Assert.Contains("Darllen y polisi", welsh, StringComparison.Ordinal);
        Assert.DoesNotContain("Please read", welsh, StringComparison.Ordinal);
        Assert.DoesNotContain(AcknowledgementCards.PolicyInEnglishWelsh, english, StringComparison.Ordinal);
        Assert.Equal(Json(Cards.Invitation(Round(), "29:megan")).Verbs(), Json(welshCard).Verbs());
    }

    [Fact]
    public void The_welsh_full_text_quotes_the_policy_word_for_word_in_english()
    {
        var welsh = Text(Cards.FullText(Round(), "29:megan", language: CardLanguage.Welsh));

        Assert.All(Policy.Sections, section => Assert.Contains(section.Text, welsh, StringComparison.Ordinal));
        Assert.Contains("Rydw i wedi darllen a deall y polisi", welsh, StringComparison.Ordinal);
        Assert.Contains("Y polisi a fabwysiadwyd ar 1 Medi 2026", welsh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_short_check_in_welsh_offers_the_same_answers_so_marking_does_not_depend_on_the_language()
    {
        var english = Json(Cards.FullText(Round(check: true), "29:megan"));
        var welsh = Json(Cards.FullText(Round(check: true), "29:megan", language: CardLanguage.Welsh));

        Assert.Equal(ChoiceValues(english), ChoiceValues(welsh));
        Assert.Contains("Gewch chi edrych ar eich cyfryngau cymdeithasol eich hun ar gyfrifiadur yr ysgol", welsh.AllText(), StringComparison.Ordinal);
        Assert.Contains("Na chewch, ddim ar unrhyw adeg", welsh.AllText(), StringComparison.Ordinal);
        Assert.Empty(new PolicyCheck(Policy).Mark(id => Policy.CheckQuestions.Single(q => PolicyCheck.InputPrefix + q.Id == id).Correct));
    }

    [Fact]
    public void Every_line_of_the_summary_and_every_check_question_has_its_welsh()
    {
        Assert.All(Policy.StaffSummary, line => Assert.False(string.IsNullOrWhiteSpace(line.Welsh)));
        Assert.All(Policy.CheckQuestions, q =>
        {
            Assert.False(string.IsNullOrWhiteSpace(q.WelshQuestion));
            Assert.False(string.IsNullOrWhiteSpace(q.WelshExplanation));
            Assert.All(q.Choices, c => Assert.False(string.IsNullOrWhiteSpace(c.WelshTitle)));
        });
    }

    [Fact]
    public void The_welsh_confirmation_says_when_in_welsh_and_which_version_was_confirmed()
    {
        var record = new Acknowledgement { RoundId = Round().Id, AadObjectId = Staff.Megan, Name = "Megan Bowen", AcknowledgedAt = Monday.AddHours(2), PolicyVersion = Policy.Version.Sha256Hex };

        var welsh = Text(Cards.Acknowledged(Round(), record, "29:megan", CardLanguage.Welsh));

        Assert.Contains("✔ Fe wnaethoch chi gadarnhau eich bod wedi darllen a deall y polisi ar ddydd Llun 7 Medi 2026 am 12:00.", welsh, StringComparison.Ordinal);
        Assert.Contains("(fersiwn " + Policy.Version.Sha256Hex[..12] + "). Diolch.", welsh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reminder_and_a_closing_notice_sent_to_a_welsh_speaker_are_in_welsh_from_the_summary_line_on()
    {
        var reminder = Text(Cards.ForOutbox(Round(), RecipientKind.Reminder, "29:megan", CardLanguage.Welsh));
        var closed = Text(Cards.ForOutbox(Round(), RecipientKind.ClosedNotice, "29:megan", CardLanguage.Welsh));

        Assert.Contains("Nodyn i'ch atgoffa: darllenwch y polisi a chadarnhewch eich bod wedi'i ddeall erbyn dydd Iau 1 Hydref 2026", reminder, StringComparison.Ordinal);
        Assert.Contains("Mae'r pennaeth wedi cau'r cylch hwn", closed, StringComparison.Ordinal);
        Assert.Equal("Nodyn i'ch atgoffa: cadarnhewch y polisi cyfryngau cymdeithasol", AcknowledgementCards.OutboxSummary(RecipientKind.Reminder, CardLanguage.Welsh));
        Assert.Equal("Please read and acknowledge the social media policy", AcknowledgementCards.OutboxSummary(RecipientKind.Card));
    }

    [Fact]
    public void The_welsh_help_card_shows_each_entrys_welsh_and_falls_back_to_english_where_there_is_none()
    {
        var help = new HelpCards(
        [
            new HelpEntry("Ask about the policy", "Ask in your own words.", null, "can I post photos?", Order: 10,
                Welsh: new HelpEntryWelsh("Gofyn am y polisi", "Gofynnwch yn eich geiriau eich hun.", "ga i bostio lluniau?")),
            new HelpEntry("Start an acknowledgement round", "Head teacher only.", AcknowledgementCards.StartVerb, "start acknowledgement round", Order: 20),
        ]);

        var welsh = Text(help.Help("cy-GB"));

        Assert.Contains("Gofyn am y polisi", welsh, StringComparison.Ordinal);
        Assert.Contains("Teipiwch: ga i bostio lluniau?", welsh, StringComparison.Ordinal);
        Assert.Contains("Start an acknowledgement round", welsh, StringComparison.Ordinal);
        Assert.DoesNotContain("Ask about the policy", welsh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_whole_policy_shown_to_a_welsh_teams_client_says_in_welsh_that_it_is_in_english_and_quotes_every_section()
    {
        var welsh = Text(CadoxtonPolicyBot.Features.PolicyAnswers.PolicyCards.FullPolicy(Policy, CardLanguage.Welsh));

        Assert.Contains("Mae'r polisi yn Saesneg: dyna'r unig fersiwn sydd gan yr ysgol.", welsh, StringComparison.Ordinal);
        Assert.All(Policy.Sections, section => Assert.Contains(section.Text, welsh, StringComparison.Ordinal));
    }

    private static JsonNode Json(AdaptiveCard card) => JsonSerializer.SerializeToNode(card, CardJson.Options)!;

    private static string Text(AdaptiveCard card) => Json(card).AllText();

    private static List<string> ChoiceValues(JsonNode card) =>
        [.. card["body"]!.AsArray().OfType<JsonObject>().Where(e => e["type"]?.GetValue<string>() == "Input.ChoiceSet")
            .SelectMany(e => e["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()))];

    private static AcknowledgementRound Round(bool check = false) => new()
    {
        Id = Guid.Parse("0b1c2d3e-0000-4000-8000-000000000001"),
        Name = "2026/27",
        DueDate = new DateOnly(2026, 10, 1),
        Audience = "team:19:staffroom@thread.tacv2",
        AudienceDescription = "Staff (team, 2 people)",
        AudienceName = "Staff",
        PolicyVersion = Policy.Version.Sha256Hex,
        PolicyAdoptedOn = Policy.AdoptedOn,
        Status = RoundStatus.Open,
        CheckQuestions = check,
        CreatedByAadObjectId = Staff.HeadTeacher,
        CreatedAt = Monday,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
    };
}
