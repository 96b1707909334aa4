using System.Text.Json;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Issue 10: the engine understands the policy's concepts (who, what, tone, purpose, negation, Welsh) in the ways staff
/// say them, follow-ups and two-part questions are answered, and nothing says "yes" by default. The phrasings here are
/// written for these tests, not taken from any question set.
/// </summary>
public sealed class PolicyConceptTests
{
    private static readonly PolicyDocument Policy = PolicyDocument.LoadEmbedded();
    private static readonly PolicyAnswerEngine Engine = new(Policy);

    [Theory]
    [InlineData("Can I put a photo of Year 4 doing their science on my Instagram?")]
    [InlineData("can i put a pic of my Y4s on fb")]
    [InlineData("can i post a vid of yr 4 singing on my facebook")]
    [InlineData("Can I share a picture of the reception children at forest school on my Facebook?")]
    [InlineData("Can I post a video of the little ones in nursery on my story?")]
    [InlineData("Can I post a photo of my learners on Twitter?")]
    [InlineData("Ga i roi llun o Flwyddyn 4 ar fy Instagram i?")]
    public void Pupils_named_every_way_schools_name_them_are_pupils_in_a_picture(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("7", answer.SectionIds);
    }

    [Theory]
    [InlineData("Can I comment on Facebook that our deputy is hopeless at running meetings?", "4")]
    [InlineData("Can I just like a post slating the school for how it handled the snow day?", "4")]
    [InlineData("Can I retweet a meme mocking our governors?", "4")]
    [InlineData("Is it ok to post something sarky about the caretaker never fixing the heating?", "4")]
    [InlineData("Can I sign and share the petition against the school's new pick up rules?", "4")]
    [InlineData("Can I have a moan on Twitter about the Vale cutting our budget again?", "4")]
    public void Criticism_in_everyday_words_liking_and_sharing_included_is_item_4(string question, string section)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains(section, answer.SectionIds);
    }

    [Theory]
    [InlineData("Can I post a meme about how much coffee teachers need to survive December? No names, nothing about school.")]
    [InlineData("Can I post this: \"Report writing weekend, send biscuits\" lol")]
    public void Harmless_humour_about_teaching_life_is_allowed_with_care(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Contains(answer.Verdict, (Verdict[])[Verdict.AllowedWithCare, Verdict.Allowed]);
    }

    [Theory]
    [InlineData("The class laptops are broken. Can I use my own laptop to show the class a video about the Romans?", Verdict.AllowedWithCare)]
    [InlineData("Can I listen to Spotify on my phone while the children are doing their writing?", Verdict.NotAllowed)]
    [InlineData("My mum has been taken into hospital, can I keep my phone on me in class in case they ring?", Verdict.AllowedWithCare)]
    [InlineData("Can I do my online banking on my phone while I'm on yard duty?", Verdict.NotAllowed)]
    [InlineData("Can I check Instagram on my own phone in my lunch break in the staffroom?", Verdict.AllowedWithCare)]
    [InlineData("Can I go on Facebook on the office computer at lunch?", Verdict.NotAllowed)]
    public void Purpose_time_and_device_decide_items_1_and_2(string question, Verdict verdict)
    {
        Assert.Equal(verdict, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("Can I post a photo of the hall decorated for harvest? No children in it.", Verdict.AllowedWithCare)]
    [InlineData("Can I post a photo of our class display? No children are in it but their names are on their work.", Verdict.NotAllowed)]
    [InlineData("Can I post a picture of the trophy on the table in the hall, nobody about?", Verdict.AllowedWithCare)]
    public void Negation_is_read_where_it_is_said(string question, Verdict verdict)
    {
        Assert.Equal(verdict, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("A former pupil added me on Facebook, she's 23 now. Can I accept?", Verdict.AllowedWithCare)]
    [InlineData("A girl who left Year 6 last July is in Year 7 now and wants to follow me on Instagram. Can I accept?", Verdict.NotAllowed)]
    [InlineData("One of my old pupils messaged me on Facebook. Can I reply?", Verdict.Depends)]
    [InlineData("A mum from Year 2 sent me a friend request. Can I accept?", Verdict.AllowedWithCare)]
    [InlineData("A boy in my class sent me a follow request on TikTok, what do I do?", Verdict.NotAllowed)]
    public void Who_the_contact_is_decides_item_8(string question, Verdict verdict)
    {
        Assert.Equal(verdict, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("Can I put on Facebook that one of our TAs is off with stress?")]
    [InlineData("A mum told me in confidence she's splitting up with her partner. Can I post something supportive about it?")]
    [InlineData("Can I tweet the school's budget deficit figures?")]
    public void Confidential_information_about_others_is_item_3_with_or_without_names(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("3", answer.SectionIds);
    }

    [Fact]
    public void Both_halves_of_a_two_part_question_are_answered_and_the_stricter_leads()
    {
        var answer = Engine.Answer("Can I post a picture of the empty classroom before the children arrive? And a video of the class singing?");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("1. ", answer.Summary, StringComparison.Ordinal);
        Assert.Contains("2. ", answer.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Not all of it", answer.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_second_half_of_a_question_inherits_what_the_first_said()
    {
        var answer = Engine.Answer("Can I check Facebook on my phone during assembly? And if not, on the staffroom computer at lunch?");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("1", answer.SectionIds);
        Assert.Contains("2", answer.SectionIds);
    }

    [Theory]
    [InlineData("Ga i roi lluniau o'r plant ar fy Facebook i?", Verdict.NotAllowed, "7")]
    [InlineData("Ga i jecio Instagram ar fy ffôn yn ystod y wers?", Verdict.NotAllowed, "2")]
    [InlineData("Ga i fynd ar Facebook ar gyfrifiadur yr ysgol amser cinio?", Verdict.NotAllowed, "1")]
    [InlineData("Mae disgybl wedi anfon cais ffrind ata i ar Facebook. Ga i dderbyn?", Verdict.NotAllowed, "8")]
    [InlineData("Ga i gwyno ar Facebook am y pennaeth?", Verdict.NotAllowed, "4")]
    [InlineData("Ydy'r polisi'n berthnasol ar y penwythnos gartref?", Verdict.Info, "9")]
    [InlineData("Allen i golli fy swydd am bostio rhywbeth?", Verdict.Info, "disciplinary")]
    public void A_Welsh_question_is_understood_and_answered_in_Welsh_quoting_the_policy_in_English(string question, Verdict verdict, string section)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(AnswerLanguage.Welsh, answer.Language);
        Assert.Equal(verdict, answer.Verdict);
        Assert.Contains(section, answer.SectionIds);
        Assert.Contains(WelshAnswers.QuotedInEnglish, answer.Text, StringComparison.Ordinal);
        Assert.All(answer.Quotes, q => Assert.Contains(q.Text, Policy[q.SectionId].Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ga i bostio llun o'r blant?", AnswerLanguage.Welsh)]
    [InlineData("Ydy hi'n iawn i fi rannu post am y disgyblion ar Facebook?", AnswerLanguage.Welsh)]
    [InlineData("Can I post photos from our trip to Sain Ffagan on Facebook?", AnswerLanguage.English)]
    [InlineData("Is it ok to post about the Urdd Eisteddfod at Llanelli?", AnswerLanguage.English)]
    public void Language_is_told_from_the_small_words_not_from_names(string question, AnswerLanguage language)
    {
        Assert.Equal(language, LanguageDetector.Detect(question));
    }

    [Theory]
    [InlineData("plant", "blant", "children")]
    [InlineData("disgyblion", "ddisgyblion", "pupils")]
    [InlineData("cyfrifiadur", "nghyfrifiadur", "computer")]
    [InlineData("llun", "lun", "photo")]
    public void Welsh_mutations_read_as_the_word(string radical, string mutated, string gloss)
    {
        Assert.Contains(gloss, WelshGlossary.Gloss(radical), StringComparison.Ordinal);
        Assert.Contains(gloss, WelshGlossary.Gloss(mutated), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Welsh_question_not_understood_gets_an_honest_answer_in_both_languages_and_no_verdict()
    {
        var answer = Engine.Answer("Ydy'r ffenestri yn y neuadd wedi cael eu glanhau eto?");
        Assert.Equal(Verdict.OutOfScope, answer.Verdict);
        Assert.Contains("Mae'n ddrwg gen i", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Sorry, I'm not sure I understood", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Can I go on Facebook at lunchtime?", "it's my own phone", Verdict.AllowedWithCare)]
    [InlineData("Can I go on Facebook at lunchtime?", "the school one", Verdict.NotAllowed)]
    [InlineData("One of my old pupils added me on Facebook, can I accept?", "yes she's 22 now", Verdict.AllowedWithCare)]
    [InlineData("One of my old pupils added me on Facebook, can I accept?", "no, he's 15", Verdict.NotAllowed)]
    [InlineData("Can I use my phone in class?", "it's to show the kids a video", Verdict.AllowedWithCare)]
    [InlineData("Can I use my phone in class?", "just to check my messages", Verdict.NotAllowed)]
    [InlineData("Mae cyn-ddisgybl wedi gofyn i fod yn ffrind i fi ar Facebook. Ga i dderbyn?", "ie", Verdict.AllowedWithCare)]
    [InlineData("Mae cyn-ddisgybl wedi gofyn i fod yn ffrind i fi ar Facebook. Ga i dderbyn?", "na", Verdict.NotAllowed)]
    public void A_follow_up_is_answered_by_a_reply_in_the_users_own_words(string question, string reply, Verdict verdict)
    {
        var first = Engine.Answer(question);
        Assert.Equal(Verdict.Depends, first.Verdict);
        var state = new ConversationState().After(first);
        Assert.Equal(verdict, Engine.Answer(reply, state.Context).Verdict);
    }

    [Fact]
    public void An_unrecognised_reply_keeps_the_open_follow_up_for_its_buttons()
    {
        var first = Engine.Answer("Can I go on Facebook at lunchtime?");
        var state = new ConversationState().After(first);
        var other = Engine.Answer("what's the weather like", state.Context);
        var after = state.After(other);
        Assert.NotNull(after.Pending);
        Assert.Equal(first.Pending!.OptionIds, after.Pending.OptionIds);
        Assert.Equal(Verdict.NotAllowed, Engine.Resolve(after.Pending, "school-device").Verdict);
    }

    [Fact]
    public void A_follow_on_that_changes_one_fact_is_answered_with_the_earlier_facts()
    {
        var state = new ConversationState();
        var first = Engine.Answer("Can I message one of my pupils about her homework on Seesaw?", state.Context);
        Assert.Equal(Verdict.AllowedWithCare, first.Verdict);
        state = state.After(first);
        var second = Engine.Answer("and on WhatsApp?", state.Context);
        Assert.Equal(Verdict.NotAllowed, second.Verdict);
        Assert.Contains("8", second.SectionIds);
    }

    [Fact]
    public void Stored_conversation_state_holds_facts_and_never_the_question_text()
    {
        var answer = Engine.Answer("Can I post photos of the Easter bonnet parade on my Instagram?");
        var json = JsonSerializer.Serialize(new ConversationState().After(answer));
        Assert.DoesNotContain("bonnet", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Instagram", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_message_is_answered_from_its_first_part_and_says_so()
    {
        var question = "Can I post a photo of my class on Facebook? " + string.Concat(Enumerable.Repeat("And here is more of the story. ", 4000));
        var answer = Engine.Answer(question);
        Assert.True(answer.Truncated);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("first part", answer.Summary, StringComparison.Ordinal);
    }
}
