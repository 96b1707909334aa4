using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

using static CadoxtonPolicyBot.Tests.Policy.Answers.Permits;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Items 6, 7 and 8 read by concept: what a picture shows (pupils, their work, nobody, colleagues), whether permission is
/// whole, and whether the person contacted is a pupil now. Each permit path has attack probes beside it that must never get a
/// "yes". The phrasings are written for these tests.
/// </summary>
public sealed class PhotosAndContactTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    [Theory]
    [InlineData("can i put a photo of their paintings on my insta, names cropped out")]
    [InlineData("Is it ok to tweet a picture of a child's writing if I cover the name?")]
    [InlineData("can i share a pic of the class display on facebook? i blanked out the names")]
    public void A_picture_of_pupils_work_alone_with_the_names_hidden_is_fine_with_care(string question)
    {
        var facts = FactExtractor.Extract(question);
        Assert.False(facts.InImage.HasFlag(People.Pupils));
        Assert.True(facts.NobodyNamed);
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("7", answer.SectionIds);
    }

    [Theory]
    [InlineData("can i post a picture of the kids holding their paintings on insta, names cut off")]
    [InlineData("can i post a photo of them standing by the display on facebook, names covered")]
    [InlineData("photo of my class and their artwork on insta, names cropped out")]
    [InlineData("can i put a photo of Jack's painting on facebook, i cut the name off")]
    [InlineData("photo of their artwork on fb, names cut off, faces blurred")]
    [InlineData("photo of the mural the children painted with the children in front of it on insta, no names")]
    [InlineData("a girl in my class spelt 'shirt' wrong 😂 can i put a pic of her book on twitter, name covered")]
    public void Names_kept_off_the_work_never_clear_a_picture_with_pupils_in_it_or_a_named_or_mocked_pupil(string question) =>
        AssertNotAPermit(Engine, question);

    [Theory]
    [InlineData("photo of the new reading den on insta, no-one in it")]
    [InlineData("can i post a pic of my classroom on facebook before the children start in september")]
    public void A_picture_said_to_have_nobody_in_it_has_no_pupils_in_it(string question)
    {
        Assert.True(FactExtractor.Extract(question).NoPupilsInImage);
        Assert.Equal(Verdict.AllowedWithCare, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void A_team_said_to_be_staff_is_colleagues_not_pupils()
    {
        var facts = FactExtractor.Extract("can i post a pic of our staff netball team on facebook, they all said yes");
        Assert.True(facts.InImage.HasFlag(People.Staff));
        Assert.False(facts.InImage.HasFlag(People.Pupils));
    }

    [Fact]
    public void Pupils_read_from_other_words_are_never_taken_for_a_staff_team()
    {
        var facts = FactExtractor.Extract("Can I post a photo of my kids in the school play?");
        Assert.False(facts.InImage.HasFlag(People.Staff));
        AssertNotAPermit(Engine, "Can I post a photo of my kids in the school play?");
    }

    [Theory]
    [InlineData("can i post a pic of the team on fb, staff and kids together")]
    [InlineData("can i post a pic of the school football team with the staff on insta")]
    public void A_team_with_pupils_in_it_is_still_pupils(string question)
    {
        Assert.True(FactExtractor.Extract(question).InImage.HasFlag(People.Pupils));
        AssertNotAPermit(Engine, question);
    }

    [Theory]
    [InlineData("can i share a photo of the kids at the summer fair on my facebook? most parents gave permission")]
    [InlineData("can i share a photo of the kids at the summer fair on my facebook? every parent gave consent except one")]
    [InlineData("can i put a pic of the choir on my insta, some of the parents have agreed but not all")]
    [InlineData("Ga i rannu llun o'r plant yn y ffair haf ar fy Facebook? Mae rhai o'r rhieni wedi rhoi caniatâd ond dim pawb.")]
    public void Permission_from_some_parents_is_not_permission(string question)
    {
        Assert.False(FactExtractor.Extract(question).HasPermission);
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void The_ptas_page_is_not_one_of_the_schools_channels()
    {
        var question = "can i update the pta facebook page from the office pc, it's for the school really";
        Assert.False(FactExtractor.Extract(question).OfficialChannel);
        AssertNotAPermit(Engine, question);
    }

    [Fact]
    public void A_school_account_said_not_to_work_is_not_the_channel_used()
    {
        Assert.False(FactExtractor.Extract("can i message parents from my own gmail while my school account is playing up").OfficialChannel);
    }

    [Theory]
    [InlineData("a lad i taught in year 4 years ago is now 20 and added me on facebook, can i accept")]
    [InlineData("a girl i had in my class is now 18 and at uni, she wants to follow me on insta")]
    public void A_former_pupil_whose_adult_age_is_stated_is_not_a_pupil(string question)
    {
        var facts = FactExtractor.Extract(question);
        Assert.False(facts.ContactWith.HasFlag(People.Pupils));
        Assert.True(facts.FormerPupilIsAdult);
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("8", answer.SectionIds);
    }

    [Theory]
    [InlineData("a boy in my year 6 class says he is 19 on his insta and added me")]
    [InlineData("one of my yr6 is 19 apparently lol and wants to follow me on tiktok")]
    [InlineData("a boy i had in reception years ago followed me on insta")]
    [InlineData("a former pupil who is now 19 and her little sister in my class both followed me on insta")]
    [InlineData("my year 6 pupil messaged me on insta, his dad is 40")]
    [InlineData("an ex pupil who is 12 now followed me on tiktok")]
    public void A_pupil_now_a_claimed_age_or_a_child_beside_the_adult_keeps_contact_a_no(string question) =>
        AssertNotAPermit(Engine, question);

    [Fact]
    public void Telling_a_parent_about_their_child_is_contact_with_the_parent_not_the_child()
    {
        var facts = FactExtractor.Extract("can i message a dad on facebook to tell him his daughter did really well in her spelling test");
        Assert.True(facts.ContactWith.HasFlag(People.Parents));
        Assert.False(facts.ContactWith.HasFlag(People.Pupils));
    }

    [Theory]
    [InlineData("can i message the year 4 girl on snapchat to tell her her story was brilliant")]
    [InlineData("can i dm one of my pupils on insta to tell them their homework is late")]
    public void Telling_a_pupil_something_on_social_media_is_still_dialogue_with_a_pupil(string question)
    {
        Assert.True(FactExtractor.Extract(question).ContactWith.HasFlag(People.Pupils));
        Assert.Equal(Verdict.NotAllowed, Engine.Answer(question).Verdict);
    }

    [Fact]
    public void Pe_kit_is_clothes_not_a_device()
    {
        Assert.False(FactExtractor.Extract("can i remind parents about pe kit in the class whatsapp").MentionsDevice);
    }

    [Fact]
    public void The_user_out_on_the_yard_at_lunch_is_supervising_but_the_children_out_there_are_not_the_users_duty()
    {
        Assert.Equal(TimeOfUse.LessonsOrWorkingTime, FactExtractor.Extract("can i text my sister while i'm out on the yard at lunch").Time);
        Assert.Equal(TimeOfUse.Break, FactExtractor.Extract("can i text my sister in the staffroom at lunch, the kids are out on the yard").Time);
    }

    [Fact]
    public void The_big_whiteboard_is_still_the_schools_screen()
    {
        Assert.Equal(DeviceOwner.SchoolSystem, FactExtractor.Extract("can i put youtube shorts on the big whiteboard after school").Device);
    }

    [Fact]
    public void Replying_on_a_personal_messaging_app_during_lessons_is_personal_use_of_working_time()
    {
        var answer = Engine.Answer("can i answer the parents whatsapp group during lessons, it's only about the bake sale");
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }
}
