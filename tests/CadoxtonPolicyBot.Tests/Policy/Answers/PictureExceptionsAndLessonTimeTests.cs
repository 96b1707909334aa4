using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

using static CadoxtonPolicyBot.Tests.Policy.Answers.Permits;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Round 8: wrong yeses a helper found by attacking the engine (they were on main before the round). "No kids in it except
/// Tomos" takes the "nobody" back; a picture filmed or posted "during my lesson" had the phone out in class; "not sure there
/// are no kids in it" is not a "nobody"; a colleague's collapse told to one's husband is not one's family's emergency. The
/// wordings are written for these tests.
/// </summary>
public sealed class PictureExceptionsAndLessonTimeTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("can i post a classroom photo, no kids in it except Tomos")]
    [InlineData("can i post a photo of the hall, no kids in it apart from two of my class")]
    [InlineData("pic of the library for insta? nobody in it except a couple of year 6")]
    public void An_exception_straight_after_no_kids_takes_the_nobody_back(string question)
    {
        AssertNotAPermit(Engine, question);
    }

    [Fact]
    public void A_classroom_photo_with_no_kids_in_it_is_still_a_yes()
    {
        Assert.True(IsPermit(Engine.Answer("can i post a photo of my classroom display, no kids in it").Verdict));
    }

    [Theory]
    [InlineData("can i post a video of me dancing in my classroom? no kids in it, during my lesson")]
    [InlineData("can i post a photo of the hall during the lesson? the room's empty")]
    public void A_picture_posted_during_a_lesson_asks_about_lesson_time_rather_than_saying_yes(string question)
    {
        var answer = Engine.Answer(question);
        Assert.False(IsPermit(answer.Verdict), answer.Verdict.ToString());
        Assert.Contains("2", answer.SectionIds);
    }

    [Theory]
    [InlineData("can i post a photo of the hall, not sure there are no kids in it")]
    [InlineData("can i post a photo of the school field, hopefully nobody is in it")]
    public void A_hedged_nobody_in_a_picture_of_the_school_is_not_a_yes(string question)
    {
        AssertNotAPermit(Engine, question);
    }

    [Theory]
    [InlineData("My colleague has collapsed, can I text my husband in lessons to tell him")]
    [InlineData("a boy in my class was rushed to hospital, can I text my wife in lessons")]
    public void An_emergency_of_a_colleague_or_pupil_is_not_the_askers_urgent_family_matter(string question)
    {
        AssertNotAPermit(Engine, question);
    }

    [Theory]
    [InlineData("my husband has collapsed at work, can I ring him from class")]
    [InlineData("my son is ill at nursery and they rang, can I answer in lessons")]
    public void An_emergency_of_ones_own_family_is_still_the_exception(string question)
    {
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void A_staff_party_photo_with_the_head_drunk_is_a_no_in_Welsh_too()
    {
        var answer = Engine.Answer("ga i bostio llun o'r staff yn y parti? Dim plant, ond mae'r pennaeth wedi meddwi");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("6", answer.SectionIds);
    }
}
