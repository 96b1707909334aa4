using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// How the words of a question become facts: negation and its scope, someone else's conduct, names, typos, the reason
/// a phone is used, and whom a message is with. The phrasings are written for these tests.
/// </summary>
public sealed class ConceptReadingTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Fact]
    public void Negation_after_the_pupils_still_takes_them_out_of_the_picture()
    {
        var facts = FactExtractor.Extract("Can I post videos of me painting the fence at school? The children are never in shot");
        Assert.True(facts.NoPupilsInImage);
    }

    [Fact]
    public void Negated_praise_is_critical_but_a_question_tag_is_not()
    {
        Assert.True(FactExtractor.Extract("Can I post that I'm not happy with the new rota at school?").CriticalTone);
        Assert.False(FactExtractor.Extract("Can I post a photo of my cake, that's fine isn't it?").CriticalTone);
    }

    [Fact]
    public void Negation_does_not_reach_past_but()
    {
        var facts = FactExtractor.Extract("There are no faces in it but the children are all in their uniforms");
        Assert.True((facts.Mentioned & People.Pupils) != 0);
    }

    [Fact]
    public void Praise_not_negated_is_not_critical()
    {
        Assert.False(FactExtractor.Extract("Can I post that I'm so happy with my Year 3 class this term?").CriticalTone);
    }

    [Theory]
    [InlineData("I think one of the TAs is filming the children for her TikTok")]
    [InlineData("the supply teacher has been messaging a Year 6 girl on Snapchat, what should I do")]
    public void Someone_elses_conduct_is_a_concern_to_report(string question)
    {
        Assert.Equal(Verdict.ReportConcern, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("Hypothetically, if a teacher posted a moan about the council, would that be a breach?")]
    [InlineData("Can I share the post my colleague has shared about the charity walk?")]
    public void A_case_put_or_the_askers_own_action_is_not_a_report(string question)
    {
        Assert.NotEqual(Verdict.ReportConcern, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void A_capitalised_name_near_a_pupil_names_them_but_a_place_does_not()
    {
        Assert.True(FactExtractor.Extract("Can I post that Cai in my class scored a goal?").NamesSomeone);
        Assert.False(FactExtractor.Extract("Can I post a photo of the sand from our class trip to Southerndown?").NamesSomeone);
    }

    [Fact]
    public void A_word_used_by_the_lexicon_is_never_corrected_into_another()
    {
        // "announced" is one letter from "announce"; correcting it broke "before it's been announced".
        Assert.Contains("announced", (IReadOnlySet<string>)Lexicon.PhraseWords);
        Assert.True(FactExtractor.Extract("Can I tweet that our caretaker is leaving before it's been announced?").ToldInConfidence);
    }

    [Fact]
    public void Checking_a_phone_in_lessons_is_personal_unless_a_family_emergency_is_the_reason()
    {
        Assert.True(FactExtractor.Extract("Can I check my phone during phonics?").PersonalPurpose);
        Assert.False(FactExtractor.Extract("Can I check my phone during phonics? My dad has collapsed and the hospital might ring").PersonalPurpose);
    }

    [Fact]
    public void A_device_used_for_a_lesson_is_teaching_use()
    {
        var facts = FactExtractor.Extract("Can I use my phone to play music for the Year 2 dance lesson?");
        Assert.True(facts.WorkUse);
        Assert.False(facts.PersonalPurpose);
    }

    [Fact]
    public void A_message_to_a_parent_about_their_child_is_contact_with_the_parent()
    {
        var facts = FactExtractor.Extract("Can I message a parent on Facebook to say their son was brilliant today?");
        Assert.True(facts.ContactWith.HasFlag(People.Parents));
        Assert.False(facts.ContactWith.HasFlag(People.Pupils));
    }

    [Fact]
    public void An_email_is_not_social_media_so_no_contact_rule_permits_it()
    {
        var answer = Engine.Answer("How should I sign off emails to parents?");
        Assert.False(answer.Verdict is Verdict.Allowed or Verdict.AllowedWithCare);
    }

    [Fact]
    public void Years_ago_is_how_long_ago_and_not_an_age()
    {
        var facts = FactExtractor.Extract("A girl who left 12 years ago, she's 23 now, added me on Facebook. Ok to accept?");
        Assert.True(facts.FormerPupilIsAdult);
    }
}

public sealed class TypoAndDeviceReadingTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("is it ok to tweat that our deputy is rubish")]
    [InlineData("can i post on facebok that the head is usless")]
    public void Typos_in_platforms_and_judgement_words_are_read(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("4", answer.SectionIds);
    }

    [Fact]
    public void An_everyday_word_one_letter_from_a_judgement_word_is_not_corrected_into_it()
    {
        // "stating" is one substitution from "slating"; only doubled or swapped letters correct a judgement word.
        Assert.False(FactExtractor.Extract("Can I post that I'm stating my views on the new uniform at school?").CriticalTone);
    }

    [Fact]
    public void A_school_device_said_not_to_be_used_is_not_the_device()
    {
        var facts = FactExtractor.Extract("I don't use the school computer, I use my own phone, can I check Facebook at lunch?");
        Assert.Equal(DeviceOwner.Own, facts.Device);
    }

    [Fact]
    public void Calling_family_in_working_time_is_personal_use_unless_urgent()
    {
        var answer = Engine.Answer("is it ok if i facetime my boyfriend during ppa in the classroom");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer("can i ring my sister during ppa? my dad has collapsed").Verdict);
    }
}

public sealed class ConductAndTimeReadingTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Fact]
    public void A_Welsh_colleague_doing_what_the_policy_governs_is_a_concern_to_report()
    {
        Assert.Equal(Verdict.ReportConcern, Engine.Answer("Mae cymhorthydd arall yn ffilmio'r plant ar gyfer TikTok. Beth ddylwn i wneud?").Verdict);
    }

    [Fact]
    public void Telling_friends_on_social_media_is_the_askers_own_post_not_a_report()
    {
        var answer = Engine.Answer("can i tell my instagram followers that one of the cleaners has been arrested");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("3", answer.SectionIds);
    }

    [Fact]
    public void A_classroom_after_school_is_a_place_not_lesson_time()
    {
        Assert.Equal(TimeOfUse.OwnTime, FactExtractor.Extract("Can I listen to music on my phone in the classroom after school?").Time);
        Assert.Equal(TimeOfUse.LessonsOrWorkingTime, FactExtractor.Extract("Can I listen to music on my phone in the classroom during lessons?").Time);
    }

    [Fact]
    public void News_already_in_the_local_paper_is_public()
    {
        Assert.True(FactExtractor.Extract("Can I post our sports results? They were in the local paper already").AlreadyPublic);
        Assert.False(FactExtractor.Extract("Can I post our results before they are in the local paper?").AlreadyPublic);
    }
}

public sealed class WelshMutationAndDutyReadingTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Fact]
    public void A_soft_mutation_that_drops_g_is_undone()
    {
        // "gliniadur yr ysgol" (the school laptop) becomes "liniadur yr ysgol" after "i".
        var answer = Engine.Answer("Ga i ddefnyddio liniadur yr ysgol i fynd ar Facebook amser cinio?");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("1", answer.SectionIds);
    }

    [Fact]
    public void After_a_duty_finishes_is_own_time()
    {
        Assert.Equal(TimeOfUse.OwnTime, FactExtractor.Extract("After my duty finishes can I go on Facebook on my own phone?").Time);
        Assert.Equal(TimeOfUse.LessonsOrWorkingTime, FactExtractor.Extract("Can I go on Facebook on my own phone on yard duty?").Time);
    }

    [Fact]
    public void A_question_with_no_device_or_social_media_is_not_about_item_2()
    {
        Assert.NotEqual(Verdict.NotAllowed, Engine.Answer("when does the minibus need its MOT").Verdict);
    }
    [Fact]
    public void A_classs_test_results_are_the_schools_data_even_as_an_average_with_no_names()
    {
        var answer = Engine.Answer("Can I tweet how well my class did in our spelling test results this term, just the average, no names?");
        Assert.NotEqual(Verdict.Allowed, answer.Verdict);
        Assert.NotEqual(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("3", answer.SectionIds);
    }

    [Fact]
    public void Waiting_for_test_results_from_the_hospital_is_still_an_urgent_family_matter()
    {
        Assert.True(FactExtractor.Extract("Can I keep my phone on in class? I'm waiting for test results from the hospital for my dad").UrgentFamilyMatter);
    }

    [Fact]
    public void Year_6_leavers_are_still_pupils_so_their_photo_needs_more_than_the_websites_permission()
    {
        var answer = Engine.Answer("got a great photo of the year 6 leavers at the fun day, parents signed forms for the school website, can I put it on my instagram?");
        Assert.NotEqual(Verdict.Allowed, answer.Verdict);
        Assert.NotEqual(Verdict.AllowedWithCare, answer.Verdict);
        Assert.True((FactExtractor.Extract("a photo of the year 6 leavers").Mentioned & People.FormerPupils) == 0);
    }

    [Fact]
    public void A_friend_request_is_not_a_friend_so_who_sent_it_still_decides()
    {
        var answer = Engine.Answer("Someone sent me a friend request on Instagram, can I accept it?");
        Assert.Equal(Verdict.Depends, answer.Verdict);
        Assert.Contains("8", answer.SectionIds);
    }
}
