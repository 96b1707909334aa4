using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

using static CadoxtonPolicyBot.Tests.Policy.Answers.Permits;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Round 7: things the policy allows that read as a breach (an own device named after a school place, equipment that is not
/// IT, the bus to work, a joke about the staffroom coffee, pictures emailed to the council). Each new way to a yes is attacked
/// with the same sentence carrying a pupil, a name, a stronger word or the school's device, which must not be a yes. The
/// phrasings are written for these tests.
/// </summary>
public sealed class OverblockRound7Tests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("Can I check Instagram on my phone in the staffroom at lunch? On my own data, not the school wifi")]
    [InlineData("can i go on facebook in the office at break using my own data")]
    public void An_own_phone_on_its_own_data_named_after_a_school_place_is_still_ones_own_device(string question)
    {
        Assert.Equal(DeviceOwner.Own, FactExtractor.Extract(question).Device);
        Assert.True(IsPermit(Engine.Answer(question).Verdict));
    }

    [Theory]
    [InlineData("Can I check Instagram on the staffroom computer at lunch? On my own data")]
    [InlineData("can i go on facebook on the school ipad in the office at break, using my own data")]
    [InlineData("Can I check Instagram on my phone in class? On my own data, not the school wifi")]
    public void Own_data_does_not_make_the_schools_device_or_lesson_time_a_yes(string question)
    {
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Theory]
    [InlineData("Can I post a thank you to the PTA for the new playground equipment, with a photo of it? No children on it")]
    [InlineData("can i put a pic of the new PE kit on twitter, nobody in it")]
    public void Equipment_for_play_or_sport_is_not_the_schools_it_system(string question)
    {
        Assert.NotEqual(DeviceOwner.SchoolSystem, FactExtractor.Extract(question).Device);
        Assert.True(IsPermit(Engine.Answer(question).Verdict));
    }

    [Theory]
    [InlineData("Can I post a thank you to the PTA for the new playground equipment, with a photo of the Year 2 children playing on it?")]
    [InlineData("Can I post a thank you to the PTA for the new playground equipment, with a photo of Jack and Ella on it?")]
    [InlineData("Can I post that the PTA wasted money on the rubbish new playground equipment?")]
    [InlineData("Can I use the school's IT equipment to go on Facebook at lunch?")]
    public void Play_equipment_with_pupils_a_name_or_a_dig_in_it_or_the_schools_it_equipment_is_not_a_yes(string question)
    {
        Assert.False(IsPermit(Engine.Answer(question).Verdict));
    }

    [Fact]
    public void The_bus_to_work_is_ones_own_time_not_a_trip_duty()
    {
        var question = "can i scroll tiktok on my phone on the way to work on the bus";
        Assert.Equal(TimeOfUse.OwnTime, FactExtractor.Extract(question).Time);
        Assert.True(IsPermit(Engine.Answer(question).Verdict));
    }

    [Theory]
    [InlineData("can i scroll tiktok on my phone on the bus on the school trip")]
    [InlineData("can i scroll tiktok on my phone on the bus with the kids to the museum")]
    public void The_trips_bus_is_still_working_time(string question)
    {
        Assert.False(IsPermit(Engine.Answer(question).Verdict));
    }

    [Theory]
    [InlineData("Is it ok to post a joke on facebook about how awful the staffroom coffee is? 😂 Only the coffee is being insulted")]
    [InlineData("can i put a joke on my insta about how terrible the staffroom coffee is lol")]
    public void A_joke_about_a_thing_in_the_staffroom_is_not_about_the_schools_people(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
    }

    [Theory]
    [InlineData("can I post a joke about how awful the staffroom coffee is that Mrs Bevan makes")]
    [InlineData("can I post a joke about how shit the staffroom coffee is")]
    [InlineData("can I post a joke about how awful the Year 3 kids' packed lunch food is")]
    [InlineData("can I post a joke about how awful the head's coffee is")]
    [InlineData("can I post a joke about how awful the school coffee is")]
    [InlineData("can I post a photo and a joke about how awful the staffroom coffee is")]
    [InlineData("can I post a joke about how awful the staffroom coffee is, and how lazy the TAs are")]
    [InlineData("can I post a joke about how awful the staffroom coffee is 😂 Bethan makes it")]
    [InlineData("can I post a joke about how awful the staffroom coffee is on the school facebook")]
    [InlineData("ga i bostio jôc ar facebook am y coffi ofnadwy mae'r pennaeth yn ei wneud?")]
    public void A_joke_with_a_person_a_stronger_word_a_picture_or_the_schools_page_in_it_is_not_a_yes(string question)
    {
        Assert.False(IsPermit(Engine.Answer(question).Verdict));
    }

    [Fact]
    public void Pictures_emailed_to_the_council_from_a_school_ipad_are_not_private_social_media()
    {
        var answer = Engine.Answer("can I use the school's ipad to take photos of the broken gate and email them to the council");
        Assert.NotEqual(Verdict.NotAllowed, answer.Verdict);
        Assert.DoesNotContain("school-system-private-use", answer.RuleNames);
    }

    [Fact]
    public void The_askers_own_mock_inquiry_into_the_staffroom_biscuits_is_a_joke_about_a_thing()
    {
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer("can i post that the staffroom biscuits have gone missing again and i'm launching a full investigation").Verdict);
    }

    [Theory]
    [InlineData("can i post that the staffroom biscuits have gone missing again and i'm launching a full investigation, it's definitely Gareth")]
    [InlineData("can i post that the staffroom biscuits have gone missing again and i'm launching a full investigation into the year 6 kids")]
    [InlineData("can i post that the staffroom biscuits have gone missing again and the head is launching a full investigation")]
    [InlineData("can i post that i'm launching a full investigation into the missing money from the office")]
    [InlineData("ga i bostio bod y bisgedi yn yr ystafell staff wedi diflannu a dw i'n lansio ymchwiliad llawn i'r plant blwyddyn 6?")]
    public void Someone_elses_investigation_or_one_into_people_or_money_is_still_confidential(string question)
    {
        Assert.False(IsPermit(Engine.Answer(question).Verdict));
    }

    [Theory]
    [InlineData("can I use the school's ipad to take photos of the broken gate and post them on facebook")]
    [InlineData("can I use the school's ipad to go on facebook and email my mates")]
    [InlineData("can I use the school's ipad to take photos of the kids and email them to my mum")]
    public void The_schools_ipad_for_social_media_or_pupils_pictures_is_not_a_yes(string question)
    {
        Assert.False(IsPermit(Engine.Answer(question).Verdict));
    }

    [Theory]
    [InlineData("can i post a photo of my first aid certificate")]
    [InlineData("can i put on insta that our school is brilliant and everyone should send their children here")]
    public void Own_training_and_praise_of_the_school_are_not_confidential_or_contact(string question)
    {
        Assert.True(IsPermit(Engine.Answer(question).Verdict));
    }

    [Fact]
    public void A_week_of_reports_is_the_askers_workload_not_what_the_reports_say()
    {
        // Not a yes on its own either: what the post would say about the reports is still asked.
        Assert.NotEqual(Verdict.NotAllowed, Engine.Answer("can I put on facebook that I'm shattered after a week of reports? no names, nothing about school").Verdict);
        Assert.False(FactExtractor.Extract("can I put on facebook that I'm shattered after a week of reports?").Content.HasFlag(ContentKinds.Confidential));
    }

    [Theory]
    [InlineData("can I put on facebook what I wrote in Jack's report after a week of reports?")]
    [InlineData("can I post about how badly the Year 4 kids did in their reports after a week of reports")]
    [InlineData("can I post what we learned on the safeguarding course about one of the families in my class")]
    [InlineData("can i post a photo of my first aid certificate next to the accident book with the kids' names showing")]
    [InlineData("can i message the parents on facebook to send their kids to school in wellies tomorrow")]
    [InlineData("can i share on facebook which kids in my class get free school meals")]
    [InlineData("can i post the anonymised data from my class alongside the names of the SEN pupils")]
    [InlineData("ga i bostio ar facebook am adroddiad Jac ar ôl wythnos o adroddiadau?")]
    public void The_same_words_beside_a_pupil_a_name_or_a_family_are_not_a_yes(string question)
    {
        Assert.False(IsPermit(Engine.Answer(question).Verdict));
    }

    [Fact]
    public void An_online_course_on_ones_own_laptop_is_training_not_social_media()
    {
        var answer = Engine.Answer("can i do my online first aid training on my own laptop at home at the weekend");
        Assert.Equal(Verdict.OutOfScope, answer.Verdict);
    }

    [Fact]
    public void A_relatives_baby_on_its_way_is_the_urgent_family_matter_even_at_dinner_time_on_duty()
    {
        var answer = Engine.Answer("can i keep my phone on me at dinner time on duty, my sister is due to have her baby any day and might ring");
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }

    [Theory]
    [InlineData("can i go on facebook on duty at dinner time while my sister is having her baby")]
    [InlineData("can i post on instagram at dinner time on duty that my sister is in labour")]
    [InlineData("can i use my phone at dinner time on duty to sort my sister's dinner party plans")]
    public void Social_media_or_plans_in_working_time_are_not_the_urgent_exception(string question)
    {
        Assert.False(IsPermit(Engine.Answer(question).Verdict));
    }

    [Theory]
    [InlineData("can I read WhatsApp messages on my phone during the lesson if there's a family emergency?")]
    [InlineData("Ga i ddarllen negeseuon WhatsApp ar fy ffôn yn ystod y wers os oes argyfwng teuluol?")]
    public void The_familys_messages_in_a_family_emergency_are_the_urgent_exception(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("urgent-family-matter", answer.RuleNames);
    }

    [Theory]
    [InlineData("can i reply to the PTA whatsapp during lessons, there's a family emergency")]
    [InlineData("can I read whatsapp messages from a parent during the lesson if there's a family emergency")]
    [InlineData("can I read whatsapp messages from the head during the lesson if there's a family emergency")]
    [InlineData("can I read WhatsApp messages and scroll instagram during the lesson if there's a family emergency?")]
    [InlineData("can I post on WhatsApp during the lesson that there's a family emergency?")]
    [InlineData("Ga i ddarllen negeseuon WhatsApp gan ddisgybl yn ystod y wers os oes argyfwng teuluol?")]
    public void Messages_from_school_people_or_other_personal_use_in_a_family_emergency_are_not_a_yes(string question)
    {
        Assert.False(IsPermit(Engine.Answer(question).Verdict));
    }
}
