using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

using static CadoxtonPolicyBot.Tests.Policy.Answers.Permits;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// The kinds of wrong "yes" an independent review of round 5's new permit paths found: a harmless joke posted at the wrong
/// time, from the wrong computer or on the school's own account; a joke about getting drunk on a trip; a child in the
/// shower; an adult former pupil asked about their classmates' families; names on pegs; a dig added to shared news. The
/// phrasings are written for these tests, not the review's.
/// </summary>
public sealed class JokesAndChannelsTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("is it ok to put a funny meme about marking on my insta during maths while they do their test lol")]
    [InlineData("can i share a teacher life meme while im on yard duty 😂")]
    [InlineData("can I post a joke about Monday mornings from the classroom computer at break lol")]
    [InlineData("meme about ofsted lol, can I put it on the school's instagram")]
    [InlineData("can I tweet my moan about the pay offer from the school's twitter account")]
    public void A_harmless_joke_or_moan_is_still_not_for_lessons_duties_the_schools_computers_or_its_own_accounts(string question) =>
        AssertNotAPermit(Engine, question);

    [Theory]
    [InlineData("can i post a meme about how hungover i was on the residential lol")]
    [InlineData("can I put a photo of my son in the school changing room after swimming on facebook")]
    public void A_joke_about_being_drunk_or_a_picture_of_a_child_getting_changed_is_never_a_yes(string question) => AssertNotAPermit(Engine, question);

    [Fact]
    public void An_adult_former_pupil_is_no_one_to_talk_to_about_their_old_classmates_families()
    {
        AssertNotAPermit(Engine, "I taught him in year 3, he's 22 now and wants to catch up on messenger about his old classmates and their parents");
    }

    [Theory]
    [InlineData("photo of my empty classroom, but every kid's name is on their peg")]
    [InlineData("can I post the classroom before the children arrive, the display has all their photos and names")]
    public void Pupils_names_or_photos_on_show_identify_them_with_no_child_in_the_room(string question)
    {
        Assert.True(FactExtractor.Extract(question).NamesVisible);
        AssertNotAPermit(Engine, question);
    }

    [Fact]
    public void Sharing_news_of_the_school_with_a_dig_added_is_not_passing_on_public_news()
    {
        AssertNotAPermit(Engine, "can I share the council's post that the school's nursery is closing and add 'good riddance'");
    }
}
