using System.Collections.Frozen;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// The Welsh the answers are written in. The policy exists only in English, so its words are quoted in English and the
/// answer says so; the verdict, the reason, the deciding question and the advice are in Welsh.
/// </summary>
public static class WelshAnswers
{
    public const string QuotedInEnglish = "Geiriau'r polisi (yn Saesneg, gan mai dyna'r unig fersiwn sydd gan yr ysgol):";
    public const string WhatToDo = "Beth i'w wneud:";
    public const string WhatToDoInstead = "Beth i'w wneud yn lle hynny:";
    public const string Truncated = "Darllenais i ddechrau eich neges yn unig. Gofynnwch un cwestiwn ar y tro os gwelwch yn dda.";

    public const string NotUnderstood =
        "Mae'n ddrwg gen i, dw i ddim yn siŵr fy mod i wedi deall y cwestiwn. Os yw'n ymwneud â'r cyfryngau cymdeithasol, " +
        "gofynnwch eto mewn geiriau eraill, neu gofynnwch i'r pennaeth.\n" +
        "Sorry, I'm not sure I understood the question. If it is about social media, please ask again in other words, or ask the head teacher.";

    public static string Opening(Verdict verdict) => verdict switch
    {
        Verdict.NotAllowed => "Na, peidiwch os gwelwch yn dda.",
        Verdict.AllowedWithCare => "Gallwch, ond yn ofalus.",
        Verdict.Allowed => "Gallwch, mae hynny'n iawn.",
        Verdict.Depends => "Mae'n dibynnu.",
        Verdict.ReportConcern => "Diolch am godi hyn: gallwch ei adrodd yn breifat.",
        Verdict.OutOfScope => "Nid yw'r polisi cyfryngau cymdeithasol yn ymdrin â hynny, felly alla i ddim ateb o'r polisi. Gallwch ofyn i'r pennaeth.",
        _ => "Dyma beth mae'r polisi'n ei ddweud.",
    };

    public static string Headline(Verdict verdict) => verdict switch
    {
        Verdict.NotAllowed => "Ddim yn cael",
        Verdict.AllowedWithCare => "Cewch, yn ofalus",
        Verdict.Depends => "Mae'n dibynnu",
        Verdict.Allowed => "Cewch",
        Verdict.Info => "Beth mae'r polisi'n ei ddweud",
        Verdict.ReportConcern => "Gallwch adrodd hyn yn breifat",
        Verdict.OutOfScope => "Dim yn y polisi",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>One Welsh sentence for the point a section makes, by whether the answer forbids, permits, asks or informs.</summary>
    public static string Reason(string section, Verdict verdict)
    {
        var kind = verdict switch
        {
            Verdict.NotAllowed => 'x',
            Verdict.Allowed or Verdict.AllowedWithCare => 'y',
            Verdict.Depends => 'd',
            _ => 'i',
        };
        return (section, kind) switch
        {
            ("1", 'y') => "Defnydd ar gyfer addysgu yw hyn, nid defnydd preifat, ond peidiwch byth â defnyddio offer yr ysgol ar gyfer eich cyfryngau cymdeithasol eich hun.",
            ("1", _) => "Ni chaniateir defnyddio system TG yr ysgol (ei chyfrifiaduron, tabledi, gliniaduron na'i rhwydwaith) ar gyfer cyfryngau cymdeithasol preifat, ar unrhyw adeg.",
            ("2", 'x') => "Ni chaniateir defnydd personol o'ch ffôn neu'ch dyfais eich hun yn ystod gwersi nac amser gwaith; mater teuluol brys yw'r unig eithriad.",
            ("2", 'y') => "Mae hyn yn iawn: mae'r rheol yn erbyn defnydd personol yn ystod gwersi ac amser gwaith, ac mae mater teuluol brys yn eithriad.",
            ("2", 'd') => "Mae'n dibynnu ar bryd ac i beth: dim defnydd personol yn ystod gwersi nac amser gwaith, ond mae addysgu neu fater teuluol brys yn iawn.",
            ("3", 'd') => "Mae'n dibynnu a yw'r wybodaeth eisoes yn gyhoeddus: mae'r hyn nad yw'r ysgol wedi'i gyhoeddi yn gyfrinachol.",
            ("3", 'y') => "Does dim byd cyfrinachol ynddo, felly mae'n iawn, ond peidiwch ag enwi na disgrifio neb.",
            ("3", _) => "Mae hyn yn wybodaeth gyfrinachol i'r ysgol neu i bobl sy'n gysylltiedig â hi, hyd yn oed heb enwau.",
            ("4", 'x') => "Ni chaniateir postio, hoffi na rhannu dim byd beirniadol, gwawdlyd na dilornus am yr ysgol, ei staff, ei disgyblion, rhieni, llywodraethwyr, y Cyngor nac Estyn, gydag enwau neu hebddynt, o ddifrif neu fel jôc.",
            ("4", 'd') => "Mae'n dibynnu ar beth mae'n ei ddweud: dim byd beirniadol, coeglyd na gwawdlyd am yr ysgol na'i phobl.",
            ("4", 'y') => "Mae neges ysgafn neu gadarnhaol nad yw'n targedu neb yn iawn.",
            ("5", _) => "Mae'r Ysgol a'r Cyngor yn monitro eu systemau TG yn ôl yr angen, a gellir defnyddio copïau o ddefnydd amhriodol mewn achos disgyblu.",
            ("6", 'x') => "Ni ddylid postio llun o staff neu ddisgyblion a allai gael ei ystyried yn amhriodol neu achosi tramgwydd.",
            ("6", 'd') => "Mae'n dibynnu a yw pawb yn y llun yn hapus iddo gael ei bostio, ac nad oes disgyblion ynddo.",
            ("6", _) => "Gyda chytundeb eich cydweithwyr, mae llun priodol yn iawn.",
            ("7", 'x') => "Ni ddylai lluniau o ddisgyblion (na'u henwau) fynd ar eich cyfryngau cymdeithasol personol: gallent ddangos disgyblion heb ganiatâd.",
            ("7", 'd') => "Mae'n dibynnu a oes disgyblion, neu eu henwau, yn y llun.",
            ("7", _) => "Mae llun heb ddisgyblion ynddo yn iawn, os nad oes dim ynddo a allai eu hadnabod.",
            ("8", 'x') => "Ni chaniateir sgwrs bersonol â disgyblion ar gyfryngau cymdeithasol (negeseuon, atebion, ceisiadau ffrind, dilyn), waeth pa mor fyr neu gyfeillgar.",
            ("8", 'd') => "Mae'n dibynnu: nid yw cyn-ddisgybl sy'n oedolyn bellach yn ddisgybl, ond mae plentyn yn dal i gael ei drin fel disgybl.",
            ("8", 'y') => "Nid disgybl yw hwn bellach (neu nid sgwrs bersonol â disgybl yw hi), ond cadwch bethau'n broffesiynol a'ch gosodiadau preifatrwydd yn dynn.",
            ("8", _) => "Mae'r polisi'n eich cynghori i wirio'n rheolaidd fod eich gosodiadau preifatrwydd yn breifat a bod eich rhestr ffrindiau'n briodol.",
            ("9", _) => "Mae'r polisi'n berthnasol gartref ac yn eich amser eich hun hefyd: ar wyliau, ar gyfnod mamolaeth neu salwch, ac ar eich dyfeisiau eich hun.",
            ("statement", 'y') => "Mae'r ysgol yn derbyn bod staff yn defnyddio cyfryngau cymdeithasol yn eu bywydau personol ac i gadw mewn cysylltiad â chydweithwyr.",
            ("statement", _) => "Mae'r polisi'n berthnasol y tu mewn a'r tu allan i'r gweithle, ac mae'n ychwanegol at bolisïau TGCh y Cyngor.",
            ("disciplinary", _) => "Gall torri'r polisi arwain at gamau disgyblu hyd at ddiswyddo; ymchwilir i negeseuon difenwol, dilornus, bygythiol neu wahaniaethol fel camymddwyn difrifol.",
            ("evidence", _) => "Gellir defnyddio copïau o negeseuon (sgrinluniau) a gyflwynir gan y person a dargedwyd neu gan rywun sy'n codi pryder mewn achos disgyblu. Nid yw codi pryder yn ddienw.",
            ("advice", _) => "Meddyliwch yn ofalus am yr hyn rydych chi'n ei rannu'n gyhoeddus, a sut y gallai gael ei ddehongli.",
            _ => "",
        };
    }

    public static IReadOnlyList<string> Advice(Verdict verdict) => verdict switch
    {
        Verdict.NotAllowed => ["Peidiwch â'i bostio. Os oes rhywbeth yn eich poeni yn y gwaith, siaradwch â'ch rheolwr llinell neu'r pennaeth.",
                               "Mae sianeli swyddogol yr ysgol yno ar gyfer newyddion a lluniau'r ysgol, gyda chaniatâd."],
        Verdict.AllowedWithCare => ["Gwiriwch nad oes dim byd ynddo a allai adnabod disgybl, teulu neu gydweithiwr.",
                                    "Gwiriwch eich gosodiadau preifatrwydd."],
        Verdict.Allowed => ["Gwiriwch eich gosodiadau preifatrwydd fel mai chi sy'n dewis pwy sy'n gweld."],
        Verdict.ReportConcern => ["Cymerwch sgrinluniau sy'n dangos y neges, enw'r cyfrif a'r dyddiad.",
                                  "Peidiwch ag ateb na rhannu'r neges eich hun.",
                                  "Defnyddiwch y botwm i adrodd pryder yn breifat."],
        _ => [],
    };

    private static readonly FrozenDictionary<string, string> Questions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Could any pupils (or their names) be seen in it?"] = "A allai unrhyw ddisgyblion (neu eu henwau) gael eu gweld ynddo?",
        ["What would you be using it for?"] = "I beth fyddech chi'n ei ddefnyddio?",
        ["Would it be during lessons or working time, or in a break or after work?"] = "Fyddai hynny yn ystod gwersi neu amser gwaith, neu yn ystod egwyl neu ar ôl gwaith?",
        ["Whose device would it be: a school one, or your own?"] = "Dyfais pwy fyddai hi: un yr ysgol, neu eich un chi?",
        ["Is any of it critical, sarcastic or mocking about the school or the people connected with it?"] = "Oes unrhyw beth ynddo sy'n feirniadol, yn goeglyd neu'n gwawdio'r ysgol neu'r bobl sy'n gysylltiedig â hi?",
        ["Has the school already announced it publicly?"] = "Ydy'r ysgol eisoes wedi'i gyhoeddi'n gyhoeddus?",
        ["Would anything in it identify a pupil, or say something private or unkind about them?"] = "A fyddai unrhyw beth ynddo yn adnabod disgybl, neu'n dweud rhywbeth preifat neu angharedig amdanyn nhw?",
        ["Could anyone still tell who any of the children are (uniform, hair, names, the setting)?"] = "A allai rhywun ddal i adnabod unrhyw un o'r plant (gwisg ysgol, gwallt, enwau, y lleoliad)?",
        ["Have the colleagues in it agreed, and are there no pupils in it?"] = "Ydy'r cydweithwyr yn y llun wedi cytuno, a does dim disgyblion ynddo?",
        ["Does every pupil who could be identified have photo permission?"] = "Oes gan bob disgybl y gellid ei adnabod ganiatâd ar gyfer lluniau?",
        ["Has the head teacher agreed to it as an official school account?"] = "Ydy'r pennaeth wedi cytuno iddo fel cyfrif swyddogol yr ysgol?",
        ["Would it be through the school's own platform (Seesaw, Hwb, Google Classroom) or a personal app or account?"] = "Fyddai hynny drwy blatfform yr ysgol ei hun (Seesaw, Hwb, Google Classroom) neu ap neu gyfrif personol?",
        ["Is it family contact that the child's parents know about, with nothing about school in it?"] = "Ai cyswllt teuluol yw hwn y mae rhieni'r plentyn yn gwybod amdano, heb ddim am yr ysgol ynddo?",
        ["Is the former pupil now an adult (18 or over)?"] = "Ydy'r cyn-ddisgybl bellach yn oedolyn (18 neu hŷn)?",
        ["What would it be about?"] = "Am beth fyddai e?",
        ["Who is it?"] = "Pwy yw e?",
        ["Is that part of what you're asking about?"] = "Ydy hynny'n rhan o'r hyn rydych chi'n gofyn amdano?",
        ["Did you mean your own children, or pupils at school?"] = "Oeddech chi'n golygu eich plant eich hun, neu ddisgyblion yn yr ysgol?",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pupils-in"] = "Oes, neu dw i ddim yn siŵr", ["no-pupils"] = "Na, dim disgyblion o gwbl",
        ["personal"] = "Rhywbeth personol (negeseuon, cyfryngau cymdeithasol, cerddoriaeth…)", ["teaching"] = "Addysgu neu waith ysgol",
        ["family"] = "Mater teuluol brys", ["lessons"] = "Yn ystod gwersi neu amser gwaith", ["break"] = "Yn ystod egwyl neu ar ôl gwaith",
        ["school-device"] = "Dyfais neu rwydwaith yr ysgol", ["own-device"] = "Fy ffôn neu ddyfais fy hun",
        ["critical"] = "Oes, mae'n feirniadol neu'n gwawdio", ["neutral"] = "Na, mae'n niwtral neu'n gadarnhaol",
        ["announced"] = "Ydy, mae wedi'i gyhoeddi", ["not-announced"] = "Na, neu dw i ddim yn siŵr",
        ["identifiable"] = "Byddai, neu efallai", ["not-identifiable"] = "Na, neb",
        ["agreed"] = "Ydyn: maen nhw wedi cytuno a does dim disgyblion", ["not-agreed"] = "Na, neu dw i ddim yn siŵr",
        ["permission"] = "Oes, mae gan bob un ganiatâd", ["no-permission"] = "Na, neu dw i ddim yn siŵr",
        ["approved"] = "Ydy, mae'n gyfrif ysgol", ["not-approved"] = "Na, ddim eto",
        ["school-platform"] = "Platfform yr ysgol ei hun", ["personal-app"] = "Ap neu gyfrif personol",
        ["family-contact"] = "Ie, cyswllt teuluol mae'r rhieni'n gwybod amdano", ["not-family-contact"] = "Na, neu dw i ddim yn siŵr",
        ["adult"] = "Ydy, mae'n oedolyn nawr", ["child"] = "Na, mae'n dal yn blentyn",
        ["own-life"] = "Fy mywyd fy hun, dim byd i'w wneud â'r ysgol", ["about-school"] = "Yr ysgol, disgyblion, cydweithwyr neu deuluoedd",
        ["contact-pupil"] = "Disgybl yn yr ysgol", ["contact-former-pupil"] = "Cyn-ddisgybl", ["contact-adult"] = "Rhiant, cydweithiwr neu oedolyn arall",
        ["own-children"] = "Fy mhlant fy hun", ["pupils"] = "Disgyblion yn yr ysgol",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Question(string english) => Questions.TryGetValue(english, out var welsh) ? welsh : english;

    public static string Label(string optionId, string english) =>
        Labels.TryGetValue(optionId, out var welsh) ? welsh
        : optionId.EndsWith("-yes", StringComparison.Ordinal) ? "Ydy"
        : optionId.EndsWith("-no", StringComparison.Ordinal) ? "Na, dydy e ddim" : english;
}
