using System.Text.Json;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

public sealed class PolicyAnswerEngineTests
{
    private static readonly PolicyDocument Policy = PolicyDocument.LoadEmbedded();
    private static readonly PolicyAnswerEngine Engine = new(Policy);

    // One or more phrasings per section, written for these tests (not taken from the dev set).
    [Theory]
    [InlineData("Am I allowed to browse Twitter on the office PC once the children have gone home?", Verdict.NotAllowed, "1")]
    [InlineData("can i go on tiktok on a school chromebook in my break", Verdict.NotAllowed, "1")]
    [InlineData("Is it ok to scroll Facebook on my mobile during phonics?", Verdict.NotAllowed, "2")]
    [InlineData("My husband is having an operation today, can I have my phone on me in class in case the hospital calls?", Verdict.AllowedWithCare, "2")]
    [InlineData("Could I tweet that our business manager is leaving before it's been announced?", Verdict.NotAllowed, "3")]
    [InlineData("Can I post on Instagram that one of my pupils got hurt in PE?", Verdict.NotAllowed, "3")]
    [InlineData("Can I write on Facebook that the governors are clueless?", Verdict.NotAllowed, "4")]
    [InlineData("Can I post a meme mocking one of the mums from the school gate?", Verdict.NotAllowed, "4")]
    [InlineData("Are the school laptops monitored?", Verdict.Info, "5")]
    [InlineData("Can I upload a drunk photo of my colleague from the staff Christmas party?", Verdict.NotAllowed, "6")]
    [InlineData("Can I put a photo of my year 3 class on my Facebook?", Verdict.NotAllowed, "7")]
    [InlineData("Is it ok to add one of my pupils on snapchat?", Verdict.NotAllowed, "8")]
    [InlineData("Does the policy cover what I post from my home computer on a Sunday?", Verdict.Info, "9")]
    [InlineData("Am I allowed to run a personal blog about gardening?", Verdict.Allowed, "statement")]
    [InlineData("What could happen to me if I break the social media rules?", Verdict.Info, "disciplinary")]
    [InlineData("I've seen a parent posting nasty comments about my colleague, who do I tell?", Verdict.ReportConcern, "evidence")]
    [InlineData("What privacy settings do you recommend for Instagram?", Verdict.Info, "advice")]
    public void Each_section_is_cited_for_the_questions_it_governs(string question, Verdict verdict, string section)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(verdict, answer.Verdict);
        Assert.Contains(section, answer.SectionIds);
    }

    [Theory]
    [InlineData("Can I share my holiday snaps from Spain on Instagram?", Verdict.Allowed)]
    [InlineData("Can I share an article about the teachers' strike on Facebook?", Verdict.AllowedWithCare)]
    [InlineData("Can I post photos from the school disco?", Verdict.Depends)]
    [InlineData("Can I post about my class on Twitter?", Verdict.Depends)]
    [InlineData("How long is the summer holiday this year?", Verdict.OutOfScope)]
    [InlineData("Can I park in the staff car park on Saturday?", Verdict.OutOfScope)]
    [InlineData("I want to report a member of staff who is messaging pupils on Instagram", Verdict.ReportConcern)]
    [InlineData("Will anyone find out it was me who reported the post?", Verdict.Info)]
    public void Each_verdict_is_reachable_with_ordinary_questions(string question, Verdict verdict)
    {
        Assert.Equal(verdict, Engine.Answer(question).Verdict);
    }

    // Issue 10's labels: hidden or blurred faces still show pupils (uniform, hair, the setting), so it is never a "yes";
    // the answer asks whether anyone could still be recognised.
    [Theory]
    [InlineData("Can I post a photo of the kids on the trip with no faces showing?")]
    [InlineData("Can I post sports day photos where the children aren't identifiable?")]
    [InlineData("And if I blur all the children's faces in the photos of my class first?")]
    public void Hidden_faces_are_not_a_yes_but_the_question_of_whether_pupils_could_still_be_recognised(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Depends, answer.Verdict);
        Assert.Contains("7", answer.SectionIds);
    }

    [Fact]
    public void An_incident_involving_a_pupil_is_confidential_named_or_not_but_kind_general_words_are_fine()
    {
        var named = Engine.Answer("Can I post a funny story about a pupil who cried in assembly?");
        var unnamed = Engine.Answer("Can I post about a pupil who had a seizure in assembly, without naming them?");
        var general = Engine.Answer("Can I post that my class were absolute angels today, no names?");
        Assert.Equal(Verdict.NotAllowed, named.Verdict);
        Assert.Equal(Verdict.NotAllowed, unnamed.Verdict);
        Assert.Equal(Verdict.AllowedWithCare, general.Verdict);
    }

    [Theory]
    [InlineData("cn i put pics of teh kidz on fb", Verdict.NotAllowed, "7")]
    [InlineData("can u go on insta on ur fone in lessons", Verdict.NotAllowed, "2")]
    [InlineData("is it ok 2 use the skool ipad 4 facebok", Verdict.NotAllowed, "1")]
    [InlineData("can i message my pupuls on whatsap", Verdict.NotAllowed, "8")]
    public void Slang_and_typos_are_understood(string question, Verdict verdict, string section)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(verdict, answer.Verdict);
        Assert.Contains(section, answer.SectionIds);
    }

    [Theory]
    [InlineData("Can I post this: 'Best Sunday roast ever at the Red Lion'", Verdict.Allowed)]
    [InlineData("Is this ok to tweet? \u201cYear 6 are the laziest class I've ever had\u201d", Verdict.NotAllowed)]
    [InlineData("Can I put this as my status: so proud of my new allotment", Verdict.Allowed)]
    public void Quoted_drafts_are_judged_on_their_content(string question, Verdict verdict)
    {
        Assert.Equal(verdict, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void Time_words_inside_a_draft_describe_the_post_not_when_it_is_posted()
    {
        var facts = FactExtractor.Extract("Can I post this: \"Lovely lesson on volcanoes this weekend with my nephew\"");
        Assert.True(facts.IsDraft);
        Assert.Equal(TimeOfUse.Unknown, facts.Time);
    }

    [Fact]
    public void Depends_answer_asks_the_deciding_question_and_the_next_turn_resolves_it()
    {
        var first = Engine.Answer("Can I post some photos from our trip to the museum?");
        Assert.Equal(Verdict.Depends, first.Verdict);
        Assert.NotNull(first.FollowUp);
        Assert.NotNull(first.Pending);
        Assert.Equal(2, first.FollowUp.Options.Count);

        var yes = Engine.Resolve(first.Pending, first.FollowUp.Options[0].Id);
        var no = Engine.Resolve(first.Pending, first.FollowUp.Options[1].Id);
        Assert.Equal(Verdict.NotAllowed, yes.Verdict);
        Assert.Equal(Verdict.AllowedWithCare, no.Verdict);
        Assert.Null(no.FollowUp);
    }

    [Fact]
    public void A_typed_yes_or_no_resolves_a_pending_follow_up()
    {
        var first = Engine.Answer("Can I post a photo of my colleague from the trip?");
        Assert.Equal(Verdict.Depends, first.Verdict);
        var context = new AnswerContext(first.Pending);
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer("yes", context).Verdict);
        Assert.Equal(Verdict.NotAllowed, Engine.Answer("no", context).Verdict);
    }

    [Fact]
    public void Device_follow_up_decides_between_items_1_and_2()
    {
        var first = Engine.Answer("Can I go on Facebook at lunchtime?");
        Assert.Equal(Verdict.Depends, first.Verdict);
        var school = Engine.Resolve(first.Pending!, "school-device");
        var own = Engine.Resolve(first.Pending!, "own-device");
        Assert.Equal((Verdict.NotAllowed, "1"), (school.Verdict, school.SectionIds[0]));
        Assert.Equal((Verdict.AllowedWithCare, "2"), (own.Verdict, own.SectionIds[0]));
    }

    [Fact]
    public void Pending_follow_up_round_trips_through_json_without_the_question_text()
    {
        var first = Engine.Answer("Can I post pictures from the Easter fete on my Instagram?");
        var json = JsonSerializer.Serialize(first.Pending);
        Assert.DoesNotContain("Easter", json, StringComparison.OrdinalIgnoreCase);
        var restored = JsonSerializer.Deserialize<PendingFollowUp>(json)!;
        Assert.Equal(first.Pending!.Facts, restored.Facts with { RequestedSections = first.Pending.Facts.RequestedSections });
        Assert.Equal(Verdict.NotAllowed, Engine.Resolve(restored, restored.OptionIds[0]).Verdict);
    }

    [Fact]
    public void Own_children_or_pupils_is_offered_as_did_you_mean()
    {
        var answer = Engine.Answer("Can I post a photo of my kids in the school play?");
        Assert.Equal(Verdict.Depends, answer.Verdict);
        Assert.NotNull(answer.Interpretations);
        Assert.Equal(2, answer.Interpretations.Count);
        Assert.NotEqual(answer.Interpretations[0].Preview, answer.Interpretations[1].Preview);
        var pupils = Engine.Resolve(answer.Pending!, "pupils");
        Assert.Equal(Verdict.NotAllowed, pupils.Verdict);
    }

    [Theory]
    [InlineData("show the policy", 13)]
    [InlineData("Can I read the whole social media policy?", 13)]
    [InlineData("clause 7", 1)]
    [InlineData("show me section 4 and section 8", 2)]
    [InlineData("what does the general advice section say", 1)]
    public void Show_requests_quote_the_requested_sections(string question, int count)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Equal(count, answer.Quotes.Count);
    }

    [Theory]
    [InlineData("Can I post photos of pupils on my personal Instagram?")]
    [InlineData("What happens if I say something rude about a governor online?")]
    [InlineData("Can the school see what I do on the staff wifi?")]
    [InlineData("Can I put the school's logo on my blog?")]
    [InlineData("show the policy")]
    [InlineData("A parent keeps messaging me on Facebook, what should I do?")]
    public void Quotes_are_verbatim_and_only_cite_real_sections(string question)
    {
        var answer = Engine.Answer(question);
        Assert.NotEmpty(answer.Quotes);
        Assert.All(answer.Quotes, q =>
        {
            Assert.Contains(q.SectionId, PolicyDocument.SectionIds);
            Assert.Contains(q.Text, Policy[q.SectionId].Text, StringComparison.Ordinal);
            Assert.Contains("\u201c" + q.Text + "\u201d", answer.Text, StringComparison.Ordinal);
        });
        Assert.Equal(answer.SectionIds.Distinct().Count(), answer.SectionIds.Count);
    }

    [Fact]
    public void Every_rule_cites_existing_sections_and_its_focus_phrase_is_in_the_section()
    {
        var rules = PolicyRules.All;
        Assert.All(rules.SelectMany(r => r.Cites), c =>
        {
            Assert.Contains(c.SectionId, PolicyDocument.SectionIds);
            if (c.Focus is not null)
            {
                Assert.Contains(c.Focus, Policy[c.SectionId].Text, StringComparison.Ordinal);
            }
        });
        Assert.Equal(PolicyRules.All.Count, PolicyRules.All.Select(r => r.Name).Distinct().Count());
    }

    [Fact]
    public void Out_of_scope_answers_cite_nothing_and_say_what_the_bot_can_do()
    {
        var answer = Engine.Answer("Who is on playground duty tomorrow?");
        Assert.Equal(Verdict.OutOfScope, answer.Verdict);
        Assert.Empty(answer.SectionIds);
        Assert.Contains("social media policy", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.OfferHeadTeacher);
    }

    [Fact]
    public void Report_answers_offer_the_concern_flow()
    {
        var answer = Engine.Answer("I'd like to report a colleague who is friends with pupils on Facebook");
        Assert.Equal(Verdict.ReportConcern, answer.Verdict);
        Assert.True(answer.OfferConcern);
    }

    [Fact]
    public void Answer_text_leads_with_the_verdict_then_what_to_do_then_the_policys_words()
    {
        var text = Engine.Answer("Can I post photos of pupils on my personal Instagram?").Text;
        var quotes = text.IndexOf("The policy says:", StringComparison.Ordinal);
        var advice = text.IndexOf("What to do instead:", StringComparison.Ordinal);
        Assert.StartsWith("No", text, StringComparison.Ordinal);
        Assert.True(advice > 0 && quotes > advice);
    }
}
