using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

using static CadoxtonPolicyBot.Tests.Policy.Answers.Permits;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Issue 10, round 5: Welsh in new voices (South and North, Wenglish, texting, learners). The gloss reads constructions
/// and word families, and the Welsh paths it opens are attacked with their own variations: partial consent, sarcasm,
/// children present after all.
/// </summary>
public sealed class WelshRound5Tests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static string Gloss(string welsh) => WelshGlossary.Gloss(welsh);

    [Theory]
    [InlineData("Mae gan bawb ganiatâd", "everyone has permission")]
    [InlineData("mae gan bob un ganiatâd lluniau", "every one has photo permission")]
    public void Mae_gan_puts_the_owner_first_with_has(string welsh, string gloss)
    {
        Assert.Equal(gloss, Gloss(welsh));
    }

    [Theory]
    [InlineData("os ydy ysgol fy mab yn ffonio", "my son school")]
    [InlineData("grŵp Facebook y pentre", "the village facebook group")]
    [InlineData("deiseb y rhieni yn ei erbyn", "parents petition against it")]
    [InlineData("Hi yn ffrind fi", "my friend")]
    [InlineData("os dw i di cuddio wynebe nhw", "their faces")]
    public void An_owner_named_after_the_thing_or_by_a_pronoun_after_it_is_read_first(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mae athro arall yn poeni", "another teacher is worried")]
    [InlineData("Mae plant eraill ar y llwyfan", "other children on the stage")]
    [InlineData("yr ardd newydd", "the new garden")]
    [InlineData("ffair Nadolig", "christmas fair")]
    [InlineData("staff y gegin", "kitchen staff")]
    public void Describing_words_after_their_noun_are_read_before_it(string welsh, string gloss)
    {
        Assert.Equal(gloss, Gloss(welsh));
    }

    [Theory]
    [InlineData("rhywbeth arall", "something else")]
    [InlineData("dw i newydd bostio", "just")]
    [InlineData("Dw i'n dysgu Cymraeg", "learning welsh")]
    [InlineData("blog am ddysgu Cymraeg i blant", "teaching welsh to children")]
    public void Else_just_and_learning_are_read_by_their_neighbours(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Fact]
    public void Da_is_with_before_its_person_and_good_elsewhere()
    {
        Assert.Contains("review good", Gloss("ga i adael adolygiad da"), StringComparison.Ordinal);
        Assert.Contains("with me", Gloss("ma 'da fi lun"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_emoji_is_kept_for_the_tone_reader()
    {
        Assert.Contains("🙄", Gloss("Ga i drydar 'diolch i'r llywodraethwyr am benderfyniad gwych arall 🙄'?"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ga i drydar 'diolch i'r llywodraethwyr am benderfyniad gwych arall 🙄'?")]
    [InlineData("Ga i drydar 'diolch i'r pennaeth am benderfyniad gwych arall 🙄'?")]
    [InlineData("Ga i bostio \"diolch i'r cyngor am gau'r llyfrgell, gwych 🙃\" ar Facebook?")]
    [InlineData("ga i roi 'diolch am y cyfarfod hir arall 🙄' ar fy insta")]
    public void Welsh_thanks_with_a_roll_of_the_eyes_is_never_a_positive_post(string question)
    {
        AssertNotAPermit(Engine, question);
    }

    [Theory]
    [InlineData("Ga i rannu llun o'r plant yn y ffair Nadolig ar fy nhudalen Facebook fy hun? Mae rhai o'r rhieni wedi rhoi caniatâd ond dim pawb.")]
    [InlineData("Ga i rannu llun o'r plant yn y parc ar fy Facebook? Mae rhai o'r rhieni wedi rhoi caniatâd ond dim pawb.")]
    [InlineData("Ga i bostio llun o'r dosbarth ar y trip ar fy Instagram? Mae gan bawb ganiatâd heblaw un ferch.")]
    [InlineData("Fi sy'n rhedeg cyfrif X swyddogol yr ysgol. Ga i bostio llun o'r tîm pêl-droed efo'r gwpan? Mae gan bawb ganiatâd heblaw un hogyn yn y cefn")]
    [InlineData("Ga i bostio llun o'r plant ar fy Facebook? Ddim pob rhiant wedi cytuno.")]
    [InlineData("ma'r plant wedi gwneud fideo dawns. ga i ei roi ar fy TikTok personol? ma gen i ganiatâd rhai o'r rhieni")]
    [InlineData("Can I share a photo of the children at the park on my own Facebook page? Some parents have given permission but not all.")]
    [InlineData("Can I post a photo of the football team? Everyone has permission except one boy at the back")]
    public void Consent_from_some_is_never_consent_from_all(string question)
    {
        AssertNotAPermit(Engine, question);
    }

    [Theory]
    [InlineData("Ga i rhoi llun o fi a staff arall yn y parti Nadolig ar Facebook? Mae plant yna hefyd.")]
    [InlineData("Ga i roi llun o'r ardd newydd ar Instagram? Mae dau o'r plant yn y llun.")]
    [InlineData("Ga i ddilyn tudalen Instagram un o'r plant?")]
    [InlineData("Ga i bostio llun o fy mhlant fy hun ar Facebook efo plant eraill o'r dosbarth?")]
    [InlineData("Mae athro arall yn ffrindiau Facebook efo lot o blant blwyddyn 6. Ga i wneud yr un peth?")]
    [InlineData("Ga i adael adolygiad Google gwael i'r ysgol?")]
    [InlineData("Wnaeth un o'r plant adio fi ar Facebook. Dw i ddim yn nabod hi'n dda. Ddylwn i dderbyn?")]
    [InlineData("Wnaeth hogyn o flwyddyn 6 adio fi ar Facebook. Dw i'n nabod e'n dda. Ddylwn i dderbyn?")]
    [InlineData("Dw i'n goruchwylio amser cinio. Oes hawl gen i ateb fy ffôn ar yr iard?")]
    public void A_Welsh_permit_path_turned_by_a_child_present_or_a_bad_word_is_refused(string question)
    {
        AssertNotAPermit(Engine, question);
    }

    [Theory]
    [InlineData("Ga i roi llun o'r ardd newydd naethon ni blannu ar Instagram? Does dim plant yn y llun.")]
    [InlineData("Dw i'n dysgu Cymraeg. Ga i rhoi llun o fi a staff arall yn y parti Nadolig yn y dafarn ar Facebook? Dim plant yna.")]
    [InlineData("Ga i ddilyn tudalen Facebook swyddogol Cyngor Bro Morgannwg?")]
    [InlineData("Dw i'n goruchwylio amser cinio. Oes hawl gen i ateb fy ffôn ar yr iard os ydy ysgol fy mab yn ffonio achos mae e'n sâl?")]
    public void A_harmless_Welsh_question_read_whole_is_answered_yes(string question)
    {
        var verdict = Engine.Answer(question).Verdict;
        Assert.True(verdict is Verdict.Allowed or Verdict.AllowedWithCare, $"verdict was {verdict}");
    }

    [Fact]
    public async Task Ask_gloss_shows_the_language_and_the_Welsh_gloss_line_by_line()
    {
        using var input = new StringReader("Mae gan bawb ganiatâd\nCan I post this?\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AskCommand.RunAsync(["ask", "--gloss"], input, output, error, CancellationToken.None);
        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["cy (unread 0): everyone has permission", "en"], lines);
    }

    [Theory]
    [InlineData("Thanks to the governors for another brilliant decision 🙄")]
    [InlineData("some parents gave permission but not all")]
    [InlineData("can my son's school ring me in a lesson?")]
    public void English_with_emoji_or_words_the_glossary_knows_stays_English(string message)
    {
        Assert.Equal(AnswerLanguage.English, LanguageDetector.Detect(message));
    }
}
