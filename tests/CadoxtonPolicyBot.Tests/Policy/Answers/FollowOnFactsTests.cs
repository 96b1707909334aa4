using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// A follow-on that changes one fact of the case: a crop that leaves only one's own child, a typed reply that says more
/// than the option it picks, a phone taken off the school's Wi-Fi, news the newsletter already told. The phrasings are
/// written for these tests.
/// </summary>
public sealed class FollowOnFactsTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static PolicyAnswer Converse(params string[] turns) => ConversationReplay.LastAnswer(Engine, turns);

    [Fact]
    public void Cropping_a_party_picture_down_to_ones_own_child_takes_the_other_children_out_of_it()
    {
        var answer = Converse(
            "can I put a photo of my daughter blowing out her candles at her party at home on facebook",
            "some girls from her class are in it too",
            "what if I crop it so it's only her");
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
    }

    [Theory]
    [InlineData("can I put a picture of the boy in my class who won the spelling bee on my instagram")]
    [InlineData("can I post a photo from the y4 trip of one of my pupils holding the snake")]
    public void Cropping_a_picture_down_to_a_pupil_who_is_not_ones_own_child_is_still_a_pupil_on_personal_social_media(string first)
    {
        var answer = Converse(first, "what if I crop it so it's only him on his own");
        Assert.DoesNotContain(answer.Verdict, new[] { Verdict.Allowed, Verdict.AllowedWithCare });
    }

    [Fact]
    public void A_typed_reply_that_picks_an_option_and_says_no_permission_was_asked_keeps_both_facts()
    {
        var answer = Converse(
            "can i put a video of my nephew's class concert on my facebook",
            "yes the other children are in it and i haven't asked their parents");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("7", answer.SectionIds);
    }

    [Theory]
    [InlineData("what if I use my own phone on mobile data instead, at lunch in the staffroom")]
    [InlineData("and if I turn the wifi off and use my 4g at lunch?")]
    public void A_phone_off_the_school_wifi_at_lunch_is_ones_own_device_in_a_break(string followOn)
    {
        var answer = Converse("can I go on Facebook on the school laptop in the staffroom", followOn);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }

    [Fact]
    public void Mobile_data_is_a_connection_not_confidential_data()
    {
        var facts = FactExtractor.Extract("can i check instagram at break using my own data not the school wifi");
        Assert.False(facts.Content.HasFlag(ContentKinds.Confidential));
        Assert.NotEqual(DeviceOwner.SchoolSystem, facts.Device);
    }

    [Theory]
    [InlineData("it was in the newsletter last week so it's public")]
    [InlineData("the school posted it already so it's all public")]
    public void News_the_school_has_already_published_is_already_public(string text)
    {
        Assert.True(FactExtractor.Extract(text).AlreadyPublic);
    }

    [Fact]
    public void A_grown_up_age_said_after_a_question_about_an_old_pupil_makes_them_an_adult_former_pupil()
    {
        var answer = Converse("a lad I taught in year 2 has sent me a friend request on facebook", "he's 24 now, left ages ago");
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("8", answer.SectionIds);
    }

    [Theory]
    [InlineData("a girl in year 6 sent me a friend request", "she says she's 18 now")]
    [InlineData("a boy in my class wants to follow me on tiktok", "his brother is 19, he left years ago")]
    public void An_age_only_claimed_or_said_of_someone_else_leaves_the_pupil_a_pupil(string first, string followOn)
    {
        Assert.DoesNotContain(Converse(first, followOn).Verdict, new[] { Verdict.Allowed, Verdict.AllowedWithCare });
    }
}
