using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// The kinds behind round 6's wrong yeses (the held-out half's and the independent review's), each closed as a mechanism:
/// what a contact with a parent is about, the school's page used for one's own life, news shared with something added, a
/// live stream, two questions joined by "and if not", hedges, a pet's illness, an urgent matter beside a post, and one unread
/// Welsh word said of someone. Every wording is written for these tests; each must never be a yes.
/// </summary>
public sealed class ContactsChannelsAndLiveTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static readonly Verdict[] Permits = [Verdict.Allowed, Verdict.AllowedWithCare];

    private static PolicyAnswer Converse(params string[] turns) => ConversationReplay.LastAnswer(Engine, turns);

    [Theory]
    [InlineData("can I chat with a mum from my class on facebook about what the head said in the staff meeting")]
    [InlineData("can I add a dad from year 4 on facebook and chat about the other parents")]
    [InlineData("can I add a mum from my class on facebook, her 10 year old uses the same account")]
    [InlineData("can I message a mum from my class on instagram late at night with some flirty messages")]
    [InlineData("can I message a former pupil who's 20 now and tell her what her old teacher got disciplined for")]
    public void A_contact_with_a_parent_or_former_pupil_about_staff_families_or_worse_is_never_a_yes(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Fact]
    public void A_parent_who_is_a_friend_is_still_fine_to_add()
    {
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer("a parent sent me a friend request on facebook, we've been friends since school, can I accept").Verdict);
    }

    [Theory]
    [InlineData("can I use the school's instagram account to post my holiday pics")]
    [InlineData("can I use the school's facebook page to advertise my side business")]
    [InlineData("can I use the school's facebook page to wish my husband happy birthday")]
    public void The_schools_page_is_never_for_ones_own_life(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("the school's already announced the closure, can I share it and say which teachers are losing their jobs")]
    [InlineData("can I share the council's public post about school closures and add that our head knew weeks ago")]
    public void Public_news_shared_with_something_added_about_people_is_not_just_the_public_news(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("is it ok to livestream on twitch while marking books at home? the books would be in shot but i'd blur names")]
    [InlineData("can I go live on tiktok from my classroom, I'll cover the kids' names on their work")]
    public void A_live_stream_with_pupils_work_in_shot_cannot_be_blurred_in_time(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Fact]
    public void Two_questions_joined_by_and_if_not_are_both_answered_and_the_strictest_wins()
    {
        var answer = Engine.Answer("can I use the computer in my office to check facebook at lunch, and if not can I use my own phone on my break");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("1", answer.SectionIds);
    }

    [Theory]
    [InlineData("i accidentally went live on insta in the classroom this morning, i dont think any kids were in shot. am i in trouble")]
    [InlineData("can i post the video from sports day, i'm pretty sure none of the kids are in it")]
    public void A_hedge_about_who_is_in_a_picture_is_not_nobody_in_it(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Theory]
    [InlineData("can i text my husband during the lesson, the dog is ill")]
    [InlineData("can I whatsapp my family in lessons about my sister's wedding plans, it's urgent")]
    [InlineData("my son is ill, can I message my wife in lessons and then post about it on facebook in the lesson")]
    [InlineData("my wife is in labour, can I live-tweet it during my lessons")]
    public void Only_dealing_with_an_urgent_family_matter_is_excepted_in_lessons(string question)
    {
        Assert.DoesNotContain(Engine.Answer(question).Verdict, Permits);
    }

    [Fact]
    public void A_sick_child_and_a_phone_kept_on_for_the_school_to_ring_is_still_the_exception()
    {
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer("my son is ill at home, can I keep my phone on in the lesson in case the childminder rings").Verdict);
    }

    [Fact]
    public void One_unread_welsh_word_said_of_the_head_is_never_read_as_praise()
    {
        var answer = Converse("Ga i bostio am y streic ar Twitter?", "Dw i eisiau dweud bod y pennaeth yn llwfrgiog am beidio â'n cefnogi ni");
        Assert.DoesNotContain(answer.Verdict, Permits);
    }

    [Fact]
    public void A_follow_on_on_the_same_computer_keeps_the_schools_computer()
    {
        var answer = Converse("can i show a youtube video to my class on the whiteboard", "and then at lunch, can i go on my facebook on the same computer");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("1", answer.SectionIds);
    }

    [Theory]
    [InlineData("can I post about our school winning the eisteddfod", "with the names of the winners and their photos")]
    [InlineData("can I post on the school's facebook page", "it's a picture of my weekend at the pub")]
    [InlineData("can I post a photo of my own kids", "they're at the school disco with their class")]
    [InlineData("can I accept a friend request from a mum in my class", "she wants to talk about the other teachers")]
    public void A_follow_on_that_adds_what_makes_it_a_breach_is_never_a_yes(string first, string followOn)
    {
        Assert.DoesNotContain(Converse(first, followOn).Verdict, Permits);
    }

    [Theory]
    [InlineData("What about on the school iPad, the same one the kids use?")]
    [InlineData("Then on the school laptop, same one?")]
    public void A_school_device_named_in_a_follow_on_is_the_schools_whatever_is_the_same(string followOn)
    {
        var answer = Converse("Can I check Facebook on my own phone at lunchtime?", followOn);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("1", answer.SectionIds);
    }
}
