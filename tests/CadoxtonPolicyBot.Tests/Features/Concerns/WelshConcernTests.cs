using System.Text.Json;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Features.Acknowledgements;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

/// <summary>A member of staff whose Teams is in Welsh raises a concern: what they read is Welsh, what is recorded is the same.</summary>
public sealed class WelshConcernTests
{
    private static readonly PolicyDocument Policy = PolicyDocument.LoadEmbedded();

    [Fact]
    public void The_welsh_consent_card_says_plainly_in_welsh_that_a_concern_is_not_anonymous_and_quotes_the_policy_in_english()
    {
        var text = Json(ConcernCards.Consent(Policy.EvidenceParagraph, CardLanguage.Welsh)).AllText();

        Assert.Contains("Cyn i chi ddechrau: dydy pryder ddim yn ddienw.", text, StringComparison.Ordinal);
        Assert.Contains("fe allai eich adroddiad a'ch tystiolaeth gael eu defnyddio mewn achos disgyblu", text, StringComparison.Ordinal);
        Assert.Contains(Policy.EvidenceParagraph, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_welsh_form_sends_back_the_same_values_as_the_english_one()
    {
        var english = Json(ConcernCards.Form("token", Policy));
        var welsh = Json(ConcernCards.Form("token", Policy, CardLanguage.Welsh));

        Assert.Equal(Values(english), Values(welsh));
        Assert.Contains("Am bwy mae'r pryder?", welsh.AllText(), StringComparison.Ordinal);
        Assert.Contains("Arall", welsh.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_welsh_form_sent_without_saying_what_happened_is_refused_in_welsh_and_nothing_is_read()
    {
        var action = new CadoxtonPolicyBot.Turns.CardActionRequest(ConcernVerbs.Submit, new JsonObject { [ConcernForm.Platform] = "Facebook" },
            CadoxtonPolicyBot.Turns.CardActionKind.Execute, null, ConcernsHarness.Reporter);

        var (submission, error) = ConcernFormReader.Read(action, ConcernsHarness.Reporter, Policy, CardLanguage.Welsh);

        Assert.Null(submission);
        Assert.StartsWith("Dywedwch beth ddigwyddodd, os gwelwch yn dda: does dim byd wedi'i gofnodi.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_welsh_form_names_each_procedure_item_in_welsh_by_the_same_number()
    {
        var welsh = Json(ConcernCards.Form("token", Policy, CardLanguage.Welsh)).AllText();

        Assert.Contains("8. Sgwrs bersonol gyda disgyblion", welsh, StringComparison.Ordinal);
        Assert.DoesNotContain("Personal dialogue with pupils", welsh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConcernStatus.Acknowledged, "Mae'ch pryder CON-2026-0001 wedi'i gydnabod.")]
    [InlineData(ConcernStatus.Investigating, "Mae'r ysgol yn ymchwilio i'ch pryder CON-2026-0001.")]
    [InlineData(ConcernStatus.Closed, "Mae'ch pryder CON-2026-0001 wedi'i gau.")]
    public void A_status_change_is_told_in_welsh_by_reference_only(string status, string expected) =>
        Assert.Equal(expected, ConcernMessenger.StatusMessage("CON-2026-0001", status, CardLanguage.Welsh));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reporter_whose_teams_is_in_welsh_raises_a_concern_in_welsh_and_hears_of_its_progress_in_welsh(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        await harness.TurnAsync(Inbound.Message(ConcernsHarness.HeadTeacher, "hi"));
        await harness.TurnAsync(Welsh(Inbound.Message(ConcernsHarness.Reporter, "helo")));

        var consent = await harness.TurnAsync(Welsh(Inbound.Message(ConcernsHarness.Reporter, "codi pryder")));
        Assert.Contains("dydy pryder ddim yn ddienw", consent.Transcript, StringComparison.Ordinal);
        var form = (await harness.TurnAsync(Welsh(Inbound.Execute(ConcernsHarness.Reporter, ConcernVerbs.Continue, [])))).InvokeCard()!;
        Assert.Contains("Beth ddigwyddodd?", form.AllText(), StringComparison.Ordinal);
        var token = form["actions"]!.AsArray().Select(a => a!["data"]?[ConcernForm.Token]?.GetValue<string>()).First(t => t is not null)!;

        var prompt = (await harness.TurnAsync(Welsh(Inbound.Execute(ConcernsHarness.Reporter, ConcernVerbs.Submit, new JsonObject
        {
            [ConcernForm.Token] = token,
            [ConcernForm.WhatHappened] = "Mae rhiant wedi postio enw disgybl ar dudalen gyhoeddus.",
            [ConcernForm.Platform] = "Facebook",
            [ConcernForm.ConcernsWhom] = "pupil",
            [ConcernForm.ReporterIsSubject] = "false",
        })))).InvokeCard()!;
        Assert.Contains("Mae'ch pryder wedi'i gofnodi fel CON-", prompt.AllText(), StringComparison.Ordinal);
        var id = Guid.Parse(prompt["actions"]![0]!["data"]![ConcernForm.ConcernId]!.GetValue<string>());

        harness.Connector.Sent.Clear();
        await harness.TurnAsync(Inbound.Execute(ConcernsHarness.HeadTeacher, ConcernVerbs.SetStatus, new JsonObject { [ConcernForm.ConcernId] = id.ToString(), [ConcernForm.To] = ConcernStatus.Acknowledged }));

        await using var db = harness.Database.Open();
        var concern = await db.Set<Concern>().SingleAsync(c => c.Id == id);
        // The record is the one any concern gets: the reporter as Teams authenticated them, the values the form sends in either language.
        Assert.Equal(ConcernsHarness.Reporter, concern.ReporterAadObjectId);
        Assert.Equal(ConcernStatus.Acknowledged, concern.Status);
        var told = Assert.Single(harness.Connector.SentTo(Inbound.PersonalConversation(ConcernsHarness.Reporter)));
        Assert.Equal($"Mae'ch pryder {concern.Reference} wedi'i gydnabod.", told.Text);
    }

    private static Activity Welsh(Activity activity)
    {
        activity.Locale = "cy-GB";
        return activity;
    }

    private static JsonNode Json(AdaptiveCard card) => JsonSerializer.SerializeToNode(card, CardJson.Options)!;

    private static List<string> Values(JsonNode card) =>
        [.. card["body"]!.AsArray().OfType<JsonObject>()
            .SelectMany(e => e["choices"]?.AsArray().Select(c => e["id"]!.GetValue<string>() + "=" + c!["value"]!.GetValue<string>()) ?? [])];
}
