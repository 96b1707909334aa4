using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// When staff are working (item 2): supervising the yard, lunch duty, a chat answered in a lesson. The phrasings are written
/// for these tests; a lesson's subject told as news ("how he's doing in maths") is not the time the user acts.
/// </summary>
public sealed class WorkingTimeTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("I'm a midday supervisor, can I scroll Instagram while I'm out on the yard?")]
    [InlineData("can i go on snapchat when im on the yard with the kids at dinner")]
    [InlineData("is facebook ok on my phone while i'm on lunch duty")]
    public void Supervising_the_yard_or_lunch_is_working_time_not_a_break(string question)
    {
        Assert.Equal(TimeOfUse.LessonsOrWorkingTime, FactExtractor.Extract(question).Time);
        Assert.DoesNotContain(Engine.Answer(question).Verdict, new[] { Verdict.Allowed, Verdict.AllowedWithCare });
    }

    [Theory]
    [InlineData("can i answer the class parents' whatsapp group during lessons, it's just about the cake sale")]
    [InlineData("is it ok to message a parent on messenger in class if it's quick, only about the football kit")]
    public void A_chat_on_a_personal_platform_during_lessons_is_never_a_yes_whatever_it_is_about(string question)
    {
        var answer = Engine.Answer(question);
        Assert.DoesNotContain(answer.Verdict, new[] { Verdict.Allowed, Verdict.AllowedWithCare });
        Assert.Contains("2", answer.SectionIds);
    }

    [Fact]
    public void A_parent_asking_how_her_child_is_doing_in_a_subject_does_not_make_the_reply_a_lesson_time_question()
    {
        var facts = FactExtractor.Extract("a mum from my street messaged asking how her daughter is getting on in phonics, can i reply on facebook");
        Assert.False(facts.WorkingTimeSaid);
    }

    [Fact]
    public void The_class_parents_chat_is_whatsapp_and_the_parents_own_not_a_school_channel()
    {
        var facts = FactExtractor.Extract("is it ok to post in the class parents whatsapp about the cake sale");
        Assert.True(facts.MentionsSocialMedia);
        Assert.False(facts.OfficialChannel);
    }

    [Theory]
    [InlineData("after school can i put tiktok on the big whiteboard while i mark")]
    [InlineData("can I stick youtube shorts on the new smartboard for myself once the class have gone")]
    public void A_classroom_screen_with_a_describing_word_is_still_the_school_system(string question)
    {
        Assert.Equal(DeviceOwner.SchoolSystem, FactExtractor.Extract(question).Device);
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("Can I text during a lesson?")]
    [InlineData("is it ok to send a text during assembly")]
    public void Texting_in_a_lesson_is_using_ones_own_device_then_and_turns_on_what_for(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.Depends, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }
}
