using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

/// <summary>
/// Issue 10, point 5: the Welsh gloss generalises by mechanism (accents, mutations anywhere in a phrase, inflected and
/// borrowed words, the two jobs of "i", owner-last genitives), not by listing questions.
/// </summary>
public sealed class WelshGlossaryTests
{
    private static readonly PolicyAnswerEngine Engine = new(PolicyDocument.LoadEmbedded());

    private static string Gloss(string welsh) => WelshGlossary.Gloss(welsh);

    [Theory]
    [InlineData("ffôn", "ffon")]
    [InlineData("sâl", "sal")]
    [InlineData("caniatâd", "caniatad")]
    [InlineData("rŵan", "rwan")]
    [InlineData("grŵp tŷ", "grwp ty")]
    [InlineData("YSBYTY Ŵyr", "YSBYTY Wyr")]
    public void Welsh_accents_are_folded_even_under_invariant_globalization(string written, string folded)
    {
        // The app runs with InvariantGlobalization, where Normalize(FormD) decomposes nothing.
        Assert.Equal(folded, WelshGlossary.Fold(written));
    }

    [Theory]
    [InlineData("mae hi'n sâl", "ill")]
    [InlineData("mae hi'n sal", "ill")]
    [InlineData("ar ôl ysgol", "after school")]
    [InlineData("ar ol ysgol", "after school")]
    public void A_word_reads_the_same_with_or_without_its_accent(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar ddydd Llun", "monday")]
    [InlineData("ga i dynnu llun", "take a photo")]
    [InlineData("disgybl o flwyddyn 6", "year")]
    [InlineData("yn y wers ddarllen", "lesson")]
    public void A_mutation_is_undone_on_any_word_of_a_phrase_not_only_the_first(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Fact]
    public void Monday_is_not_read_as_a_photo()
    {
        Assert.DoesNotContain("photo", Gloss("meme am fod yn TA ar ddydd Llun"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("twp", "dwp", "stupid")]
    [InlineData("twp", "nhwp", "stupid")]
    [InlineData("cwyno", "gwyno", "complain")]
    [InlineData("beirniadu", "feirniadu", "criticising")]
    [InlineData("gwarthus", "warthus", "disgraceful")]
    [InlineData("caniatad", "ganiatad", "permission")]
    [InlineData("pennaeth", "bennaeth", "head")]
    [InlineData("rhannu", "rannu", "share")]
    [InlineData("llun", "lun", "photo")]
    [InlineData("tecstio", "decstio", "text")]
    [InlineData("cyfrif", "chyfrif", "account")]
    [InlineData("postio", "mhostio", "post")]
    public void Soft_nasal_and_aspirate_mutations_read_as_the_radical(string radical, string mutated, string gloss)
    {
        Assert.Contains(gloss, Gloss(radical), StringComparison.Ordinal);
        Assert.Contains(gloss, Gloss(mutated), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cyfrifiaduron", "computers")]
    [InlineData("bostiadau", "posts")]
    [InlineData("cyllidebau", "budgets")]
    [InlineData("sgwennodd", "write")]
    [InlineData("rhannodd", "share")]
    public void A_plural_or_past_form_of_a_known_word_is_read_as_that_word(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ga i screenshotio", "screenshot")]
    [InlineData("ga i uploadio fideo", "upload")]
    [InlineData("ga i sharo fo", "share")]
    [InlineData("ga i flocio disgybl", "block")]
    public void An_English_verb_borrowed_with_a_Welsh_ending_is_read_as_the_English_verb(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
        WelshGlossary.Gloss(welsh, out var unread);
        Assert.Equal(0, unread);
    }

    [Theory]
    [InlineData("ga i bostio pic ar fy insta", "can i post pic on my insta")]
    [InlineData("Galla i bostio llun o'n mab i", "can i post photo of my son")]
    [InlineData("cyn i'r plant fynd adre", "before the children go home")]
    [InlineData("ydy'n iawn i fi rannu", "to me share")]
    public void I_is_the_speaker_after_a_verb_the_word_to_before_its_object_and_silent_after_fy(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ga i", "can i")]
    [InlineData("ca i", "can i")]
    [InlineData("dw i'n", "i am")]
    [InlineData("rwy'n", "i am")]
    [InlineData("efo'r plant", "with the children")]
    [InlineData("gyda'r plant", "with the children")]
    [InlineData("rŵan", "now")]
    [InlineData("nawr", "now")]
    [InlineData("hogyn", "boy")]
    [InlineData("bachgen", "boy")]
    [InlineData("ydw i'n cael", "am i allowed to")]
    public void North_and_south_forms_read_alike(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dim ond pum munud", "only")]
    [InlineData("does dim plant yn y llun", "there is no")]
    [InlineData("heb ganiatâd", "without permission")]
    [InlineData("dwi'm yn gwaith", "not")]
    public void Negation_is_read_and_dim_ond_is_only(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
        if (welsh.StartsWith("dim ond", StringComparison.Ordinal))
        {
            Assert.DoesNotContain("no", Gloss(welsh).Split(' '));
        }
    }

    [Theory]
    [InlineData("ar liniadur yr ysgol", "school laptop")]
    [InlineData("ar gyfrifiadur y swyddfa", "office computer")]
    [InlineData("ipad y dosbarth", "class ipad")]
    [InlineData("ar gyfrif Twitter swyddogol yr ysgol", "the school twitter")]
    public void A_thing_the_school_owns_is_named_owner_first_as_English_does(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("grŵp Facebook y pentref", "facebook group")]
    [InlineData("fideo YouTube", "youtube video")]
    [InlineData("cyfrif Instagram un o'r plant", "instagram account")]
    [InlineData("llun o waith y plant", "children work")]
    [InlineData("ga i ddangos fideo i'r dosbarth", "show the class")]
    [InlineData("ga i ddilyn cyfrif Instagram un o'r plant", "one of the children instagram account")]
    [InlineData("rhif ffôn y disgybl", "the pupil")]
    [InlineData("mewn cyfrif dienw", "anonymous account")]
    [InlineData("negeseuon amhriodol at ddisgybl", "inappropriate messages to pupil")]
    [InlineData("ar fy ffôn personol", "my personal phone")]
    public void Welsh_word_order_is_put_the_English_way_round_where_the_lexicon_needs_it(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mae Estyn newydd fod mewn", "just")]
    [InlineData("pa mor breifat ddylai fy nghyfrif fod?", "be ?")]
    [InlineData("ba mor flinedig", "how tired")]
    [InlineData("ffôn newydd", "new")]
    [InlineData("mae hi 'na heddiw", "she there today")]
    [InlineData("bl6", "year 6")]
    [InlineData("efo'u wynebau wedi'u cuddio", "their faces hidden")]
    [InlineData("sôn am y pennaeth", "mention")]
    public void Small_words_are_read_by_their_place_in_the_sentence(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("odi hwnna'n broblem")]
    [InlineData("beth am Twitter?")]
    [InlineData("rwy'n athro")]
    [InlineData("heb wynebau")]
    [InlineData("yn ystod amser egwyl")]
    [InlineData("ca i bostio hwn")]
    [InlineData("ga i bostio pic ar fy insta")]
    public void A_short_or_mixed_Welsh_message_is_known_as_Welsh(string message)
    {
        Assert.Equal(AnswerLanguage.Welsh, LanguageDetector.Detect(message));
    }

    [Theory]
    [InlineData("Eisteddfod photos?")]
    [InlineData("what about Sain Ffagan?")]
    [InlineData("my son is ill, can I call him during the lesson?")]
    [InlineData("and on Instagram?")]
    public void An_English_message_with_Welsh_names_or_homographs_stays_English(string message)
    {
        Assert.Equal(AnswerLanguage.English, LanguageDetector.Detect(message));
    }

    [Fact]
    public void A_verb_between_a_thing_and_the_school_does_not_make_it_the_schools()
    {
        Assert.DoesNotContain("school work", Gloss("Ga i bostio am ddiwrnod gwael yn y gwaith heb enwi'r ysgol na neb?"), StringComparison.Ordinal);
    }

    [Fact]
    public void Na_is_no_as_an_answer_and_nor_inside_a_sentence()
    {
        Assert.StartsWith("no ,", Gloss("Na, does dim plant yn y llun"), StringComparison.Ordinal);
        Assert.Contains("without naming the school or anyone", Gloss("heb enwi'r ysgol na neb"), StringComparison.Ordinal);
        Assert.Contains("names nor photos", Gloss("dim enwau na lluniau"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ga i anfon DM at ei phlant hi?", "to her children ?")]
    [InlineData("fy ffôn i", "my phone")]
    [InlineData("eu lluniau nhw", "their photos")]
    [InlineData("ga i ei ddilyn e", "follow them")]
    public void A_pronoun_that_echoes_a_possessive_is_dropped_and_ei_with_hi_is_her(string welsh, string gloss)
    {
        Assert.EndsWith(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ga i bostio llun or plant ar fy ffesbwc", "can i post photo of the children on my facebook")]
    [InlineData("gai bostio llun efor plant", "can i post photo with the children")]
    [InlineData("dwin athro", "i am")]
    public void Apostrophes_left_out_in_quick_typing_are_read_as_if_typed(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
        Assert.Equal(AnswerLanguage.Welsh, LanguageDetector.Detect(welsh));
    }

    [Theory]
    [InlineData("y rhieni yn y dosbarth yma", "this class")]
    [InlineData("y llun 'na", "that photo")]
    [InlineData("Dim byd am yr ysgol na'r plant", "the school or the children")]
    public void A_demonstrative_after_the_noun_is_read_before_it_and_na_is_not_one(string welsh, string gloss)
    {
        Assert.Contains(gloss, Gloss(welsh), StringComparison.Ordinal);
    }

    [Fact]
    public void At_is_to_not_a_gate()
    {
        Assert.Equal("send a message to a parent", Gloss("anfon neges at riant"));
    }

    [Fact]
    public void Son_is_mentioning_in_Welsh_not_a_son()
    {
        Assert.DoesNotContain("son", Gloss("Gallen i sôn ar y grŵp bod un o'r athrawon i ffwrdd").Split(' '));
    }

    [Theory]
    [InlineData("Ga i ddeud ar Facebook fod y pennaeth yn dwp?", "4")]
    [InlineData("ga i ddeud ar twitter fod y llywodraethwyr yn warthus", "4")]
    [InlineData("Ga i wneud hwyl am ben y rhieni ar fy Instagram?", "4")]
    [InlineData("Ga i sôn ar WhatsApp bod Mrs Jones i ffwrdd efo iselder?", "3")]
    [InlineData("ga i bostio pic o'r kids ar fy insta", "7")]
    [InlineData("Rŵan bod hi'n wyliau, ga i fynd ar Facebook ar liniadur yr ysgol?", "1")]
    [InlineData("ga i sbio ar facebook ar gyfrifiadur y swyddfa", "1")]
    [InlineData("Mae hogyn o'r dosbarth wedi gyrru cais ffrind i mi ar TikTok. Ga i ei dderbyn?", "8")]
    [InlineData("ga i decstio fy ngwr yn ystod y wers", "2")]
    public void Welsh_breaches_in_everyday_and_mixed_words_are_refused(string question, string section)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(AnswerLanguage.Welsh, answer.Language);
        Assert.Equal(Verdict.NotAllowed, answer.Verdict);
        Assert.Contains(section, answer.SectionIds);
    }

    [Theory]
    [InlineData("Ga i ateb fy ffôn yn y wers os oes argyfwng teuluol?")]
    [InlineData("ga i tsiecio fy ffon yn y dosbarth, mae mam yn yr ysbyty")]
    [InlineData("ga i ddefnyddio fy ffon i ffonio'r ysbyty, mae fy nhad yn sal iawn")]
    public void An_urgent_family_matter_in_Welsh_is_the_exception_to_item_2(string question)
    {
        var answer = Engine.Answer(question);
        Assert.Equal(Verdict.AllowedWithCare, answer.Verdict);
        Assert.Contains("2", answer.SectionIds);
    }

    [Theory]
    [InlineData("Ga i bostio llun o blant fy nosbarth ar fy Facebook?")]
    [InlineData("Ga i rannu ar Facebook bod un o'r athrawon yn sâl?")]
    [InlineData("ga i bostio llun o'r plant efo'u wynebau wedi'u cuddio")]
    [InlineData("Ga i fod yn ffrindiau ar Facebook gyda cyn-ddisgybl sy'n 15 oed nawr?")]
    [InlineData("Oes rhaid i fy mhroffil Facebook fod yn breifat?")]
    [InlineData("ga i ddilyn cyfrif Instagram un o'r plant? ei mam hi sy'n rhedeg y cyfrif")]
    [InlineData("Mae Estyn newydd fod mewn, ga i bostio'r canlyniad cyn i'r ysgol ei gyhoeddi?")]
    public void A_Welsh_question_the_policy_does_not_permit_is_never_told_yes(string question)
    {
        var verdict = Engine.Answer(question).Verdict;
        Assert.NotEqual(Verdict.Allowed, verdict);
        Assert.NotEqual(Verdict.AllowedWithCare, verdict);
    }
}
