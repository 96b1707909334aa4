using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

using static CadoxtonPolicyBot.Tests.Policy.Answers.Permits;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Issue 10, round 6: Welsh word families and sentence shapes (a negated subject read first, "… yw e" read "he is …",
/// a relative before the person they belong to, "can he?", tea, the end of term), each with the Welsh probes that its
/// new reading must never turn into a yes.
/// </summary>
public sealed class WelshRound6Tests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static string Gloss(string welsh) => WelshGlossary.Gloss(welsh);

    [Theory]
    [InlineData("nid yw'r rhieni'n gwybod eto", "the parents dont know yet")]
    [InlineData("dyw'r pennaeth ddim yn gwybod", "the head dont know")]
    [InlineData("dydy fy mhartner ddim yn gwybod", "my partner dont know")]
    public void A_negated_subject_is_read_before_its_verb(string welsh, string gloss)
    {
        Assert.Equal(gloss, Gloss(welsh));
    }

    [Fact]
    public void A_pronoun_after_the_negative_is_left_to_its_phrases()
    {
        Assert.DoesNotContain("dont", Gloss("Dyw e ddim byd i'w wneud â'r ysgol"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ŵyr fy nghymydog yw e.", "he is grandson of my neighbour")]
    [InlineData("Mab fy ffrind yw o.", "he is son of my friend")]
    [InlineData("Wyres fy nghymdoges yw hi.", "she is granddaughter of my neighbour")]
    public void What_someone_is_said_before_yw_e_is_read_after_he_is(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Fact]
    public void My_own_after_a_relative_is_not_read_as_their_owner()
    {
        Assert.Contains("my own children", Gloss("lluniau o fy mhlant fy hun"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ydy e'n gallu?", "can he")]
    [InlineData("Ydi o'n gallu gweld fy Instagram?", "can he")]
    [InlineData("Ydy hi'n cael postio hwnna?", "is she allowed to")]
    [InlineData("Mae'r pennaeth wedi gweld fy Instagram", "has seen")]
    public void Whether_someone_else_can_and_what_they_have_seen_are_read(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("faint o de dw i'n ei yfed", "how much tea")]
    [InlineData("paned o de yn yr ystafell staff", "a cup of tea")]
    [InlineData("Ga i sôn am hyn ar Facebook?", "can i mention this")]
    [InlineData("Ges i wybod yn y staffroom", "i found out")]
    [InlineData("yn gadael ar ddiwedd y tymor", "leaving at the end of the term")]
    [InlineData("pan mae'r plant yn nofio", "when the children are")]
    [InlineData("mae ei chwaer fach hi yn fy nosbarth", "her little sister")]
    [InlineData("moyn bod yn ffrindie gyda fi", "friends")]
    [InlineData("Mae mam un o'r plant moyn", "the mum of one of the children")]
    [InlineData("ar fy nghyfri preifat", "my private account")]
    [InlineData("Dim ond am eiliad", "for a second")]
    [InlineData("Ga i adael adolygiad da i'r ysgol?", "leave a review")]
    [InlineData("Dw i wedi cael fy ychwanegu. Ddylwn i adael?", "should i leave")]
    [InlineData("llun ohono fo yn ei wisg ffansi", "fancy dress")]
    public void Everyday_word_families_read_as_staff_would_say_them_in_English(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ga i sôn ar Facebook bod un o'r athrawon yn gadael? Nid yw'r rhieni'n gwybod eto.")]
    [InlineData("Ga i roi jôc ar Facebook am faint o de mae'r pennaeth yn ei yfed? Mae e'n dwp.")]
    [InlineData("Mae un o ddisgyblion Blwyddyn 5 wedi anfon cais ffrind ataf ar Facebook. Ŵyr fy nghymydog yw e. Ga i dderbyn?")]
    [InlineData("Ga i bostio llun o'r plant yn nofio ar fy nghyfri preifat?")]
    [InlineData("Ga i ddefnyddio fy ffôn pan mae'r plant yn nofio?")]
    [InlineData("Ga i bostio llun o chwaer fach hen ddisgybl ar Facebook? Mae hi yn fy nosbarth i.")]
    [InlineData("Mae mam un o'r plant moyn i fi bostio llun o'i mab ar fy Facebook. Ga i?")]
    [InlineData("Ga i ddweud ar WhatsApp bod Mrs Jenkins yn sâl? Dyw'r pennaeth ddim yn gwybod.")]
    [InlineData("Ga i adael adolygiad Google gwael i'r ysgol? Mae'r pennaeth yn dwp.")]
    [InlineData("Ga i adael sylw cas ar dudalen Facebook yr ysgol am athro fy mab?")]
    public void Welsh_probes_of_the_new_readings_are_never_a_yes(string question)
    {
        AssertNotAPermit(Engine, question);
    }
}
