using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

using static CadoxtonPolicyBot.Tests.Policy.Answers.Permits;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Round 7 of issue 10: pupils' photographs on a wall, a colleague's news carried in one's own, a pupil's needs in everyday
/// words, working time that is not a lesson, and questions that only look like the urgent-family or teaching exceptions. The
/// wordings are written for these tests.
/// </summary>
public sealed class OthersNewsAndWorkingTimeTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("can I post a photo of the classroom, no kids in it, but the kids' photos on the wall")]
    [InlineData("can I put a picture of my room on insta? nobody in it but the children's pictures on the display")]
    [InlineData("photo of the empty hall for my fb, no pupils, just their photos on the board")]
    public void Pupils_photographs_on_a_wall_identify_them_even_with_no_child_in_the_picture(string question)
    {
        var answer = Engine.Answer(question);
        Assert.False(IsPermit(answer.Verdict), answer.Verdict.ToString());
        Assert.Contains("7", answer.SectionIds);
    }

    [Theory]
    [InlineData("can I post that I've got a new job at Barry Comp and I'm taking my TA with me")]
    [InlineData("new job in Penarth!! can I put on fb that my TA is coming with me")]
    [InlineData("can i post that i'm leaving and bringing my LSA along")]
    public void Ones_own_news_that_carries_a_colleagues_move_is_not_a_yes(string question)
    {
        var answer = Engine.Answer(question);
        Assert.False(IsPermit(answer.Verdict), answer.Verdict.ToString());
        Assert.Contains("3", answer.SectionIds);
    }

    [Fact]
    public void Ones_own_new_job_alone_is_still_a_yes()
    {
        Assert.True(IsPermit(Engine.Answer("can I post that I've got a new job, so excited").Verdict));
    }

    [Theory]
    [InlineData("can i tell my mates on whatsapp that we got a new kid with really complex needs starting tmrw, no names obviously")]
    [InlineData("can I post that one of my class has diabetes, no names")]
    [InlineData("ok to put on fb that a boy in year 3 has a medical condition? not naming him")]
    public void A_pupils_needs_in_everyday_words_are_confidential(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("3", answer.SectionIds);
    }

    [Theory]
    [InlineData("can i swap my lunch duty on wednesday, ive got a funeral at the chapel")]
    [InlineData("can I leave early on friday? my nan's funeral")]
    public void Asking_for_cover_for_a_family_matter_is_not_answered_as_the_urgent_family_exception(string question)
    {
        Assert.False(IsPermit(Engine.Answer(question).Verdict));
    }

    [Theory]
    [InlineData("kid's nursery keeps ringing me, my little one's got a temperature. can i answer in the middle of guided reading")]
    [InlineData("can I ring the doctors during a lesson, my mum's in hospital")]
    public void A_call_about_an_urgent_family_matter_in_working_time_is_still_the_exception(string question)
    {
        var answer = Engine.Answer(question);
        Assert.True(IsPermit(answer.Verdict), answer.Verdict.ToString());
        Assert.Contains("2", answer.SectionIds);
    }

    [Theory]
    [InlineData("can I watch facebook on my phone during a staff meeting after school?")]
    [InlineData("Ga i wylio Facebook ar fy ffôn yn ystod cyfarfod staff ar ôl ysgol?")]
    [InlineData("is it ok to do my BeReal when it goes off while im coaching? i just snap my face, not the kids")]
    [InlineData("can i scroll insta during inset?")]
    public void A_staff_meeting_training_or_coaching_is_working_time(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }

    [Theory]
    [InlineData("fb on my phone at lunch in the staffroom fine?")]
    [InlineData("insta on my own phone at break in the staff room ok?")]
    public void A_platform_named_with_ones_phone_and_a_break_is_use_not_a_post(string question)
    {
        var answer = Engine.Answer(question);
        Assert.True(IsPermit(answer.Verdict), answer.Verdict.ToString());
        Assert.Contains("2", answer.SectionIds);
    }

    [Theory]
    [InlineData("fb on my phone in the staffroom during lessons fine?")]
    [InlineData("fb on my phone at lunch in the staffroom, posting about the head being useless, fine?")]
    public void The_same_short_question_with_lesson_time_or_a_derogatory_post_is_not_a_yes(string question)
    {
        Assert.False(IsPermit(Engine.Answer(question).Verdict));
    }

    [Fact]
    public void A_question_for_it_support_about_a_school_laptop_is_not_a_teaching_yes()
    {
        Assert.Equal(Verdict.OutOfScope, Engine.Answer("teams keeps logging me out on the staff laptop who fixes it").Verdict);
    }

    [Fact]
    public void Using_ones_own_ipad_for_backing_tracks_in_lessons_is_still_teaching_use()
    {
        var answer = Engine.Answer("I use my own iPad for backing tracks in lessons, plugged into the amp. That's fine isn't it? It's not for anything personal");
        Assert.True(IsPermit(answer.Verdict), answer.Verdict.ToString());
    }

    [Theory]
    [InlineData("bereal went off while i was in the middle of a PE lesson, ok to take a quick one?")]
    [InlineData("can I check instagram during my maths lesson if the kids are working quietly")]
    public void A_lesson_named_by_its_subject_is_working_time(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }

    [Fact]
    public void A_choir_said_to_be_the_chapels_is_not_the_schools_pupils_when_named_again()
    {
        var answer = Engine.Answer("I run the chapel choir, can I reply to the choir messages on my phone in the staffroom at dinner break?");
        Assert.True(IsPermit(answer.Verdict), answer.Verdict.ToString());
    }

    [Theory]
    [InlineData("I run the chapel choir, some of the kids in it are in my class, can I message them on whatsapp?")]
    [InlineData("I run the chapel choir, can I message the choir kids from my class on snapchat")]
    public void Pupils_in_ones_own_choir_are_still_pupils(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    // Round 7's held-out false-permit kinds and the round 7 review's, fixed after the one scoring.
    [Theory]
    [InlineData("I'm not on a break, but can I quickly check Facebook on my phone?")]
    [InlineData("so im on the trip to the zoo with year 1 and we've stopped for lunch and the kids are eating can i quickly go on facebook on my phone")]
    [InlineData("Can I check twitter on my phone at lunch while the kids eat their packed lunches with me?")]
    [InlineData("Can I check twitter on my phone at lunch while I'm running the lunchtime club?")]
    [InlineData("Can I use my school-issued phone for WhatsApp at break?")]
    [InlineData("Can I text my husband during lessons to ask him to pick up milk?")]
    [InlineData("can I post that the pay award is insulting and the minister should be strung up, nothing about school")]
    [InlineData("can I post photos of the school fair on facebook")]
    [InlineData("Ga i bostio lluniau o ffair yr ysgol ar Facebook?")]
    public void Wordings_that_only_looked_like_a_yes_are_not_one(string question)
    {
        Assert.False(IsPermit(Engine.Answer(question).Verdict));
    }

    [Fact]
    public void Assuming_the_rules_are_off_on_maternity_leave_is_answered_with_item_9()
    {
        var answer = Engine.Answer("I'm on maternity leave till January. I assume the social media rules are off while I'm not working?");
        Assert.Equal(Verdict.Info, answer.Verdict);
        Assert.Contains("9", answer.SectionIds);
    }

    [Theory]
    [InlineData("want to post a pic of my classroom all set up for september", "theres a list of the kids names and their reading groups on the wall behind me tho")]
    [InlineData("Can I use the school laptop to post on the school's official Facebook page about Shwmae Day?", "and then share it on my own page from the same laptop?")]
    [InlineData("Ga i ddefnyddio'r laptop ysgol i bostio ar dudalen Facebook swyddogol yr ysgol am Ddiwrnod Shwmae?", "a wedyn rhannu fe ar fy nhudalen i fy hun o'r un laptop?")]
    public void A_follow_on_that_adds_pupils_names_or_ones_own_page_is_not_a_yes(string first, string followOn)
    {
        var answer = ConversationReplay.LastAnswer(Engine, first, followOn);
        Assert.False(IsPermit(answer.Verdict), answer.Verdict.ToString());
    }
}
