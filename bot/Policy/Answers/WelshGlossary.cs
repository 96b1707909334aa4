using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// Reads a Welsh question into the plain English words the lexicon knows, word by word and phrase by phrase, undoing
/// the soft, nasal and aspirate mutations (plant/blant, disgyblion/ddisgyblion, cyfrifiadur/gyfrifiadur/nghyfrifiadur,
/// llun/lun) and colloquial forms (ma', 'da, ishe). English words inside Welsh ("Facebook", "earphones") pass through.
/// It is a gloss for the fact extractor, not a translation: word order and grammar are not rebuilt.
/// </summary>
internal static class WelshGlossary
{
    private const int MaxPhraseWords = 6;

    /// <summary>Welsh word or phrase (lower case, no accents, apostrophes split off) → English gloss.</summary>
    private static readonly FrozenDictionary<string, string> Entries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Asking.
        ["ga i"] = "can i", ["cha i"] = "can i", ["gaf i"] = "can i", ["alla i"] = "can i", ["galla i"] = "can i", ["allaf i"] = "can i",
        ["allen i"] = "could i", ["allwn i"] = "could i", ["gallen i"] = "could i", ["ydy hi yn iawn"] = "is it ok", ["ydy hynny yn iawn"] = "is that ok",
        ["ydy e yn iawn"] = "is it ok", ["ydy fe yn iawn"] = "is it ok", ["ydy hyn yn iawn"] = "is this ok", ["yn iawn"] = "ok", ["iawn"] = "ok",
        ["oes problem"] = "is there a problem", ["oes rhaid"] = "does it have to", ["rhaid"] = "must", ["dylwn i"] = "should i", ["ddylwn i"] = "should i",
        ["ddylen i"] = "should i", ["dylen i"] = "should i", ["beth"] = "what", ["be"] = "what", ["pwy"] = "who", ["ble"] = "where", ["pryd"] = "when",
        ["sut"] = "how", ["pam"] = "why", ["at bwy ddylwn i fynd"] = "who should i go to", ["at bwy"] = "who do i tell", ["pwy sy yn gallu"] = "who can",
        ["be alla i neud"] = "what can i do", ["beth alla i wneud"] = "what can i do", ["beth ddylwn i wneud"] = "what should i do",
        ["beth ddylwn i neud"] = "what should i do", ["dylwn i ddweud wrth rywun"] = "should i tell someone", ["ddylwn i ddweud wrth rywun"] = "should i tell someone",
        ["beth am"] = "what about", ["be am"] = "what about", ["a beth am"] = "and what about", ["ydy hynny yn bosib"] = "is that possible",
        ["nag oes"] = "is it", ["ydy"] = "is", ["ydy hi"] = "is it", ["ydi"] = "is", ["yw"] = "is", ["ydyn"] = "are", ["oes"] = "is there",
        // Small words.
        ["dim"] = "no", ["ddim"] = "not", ["heb"] = "without", ["na"] = "no", ["nage"] = "no", ["does dim"] = "there is no",
        ["does dim byd"] = "there is nothing", ["dim byd"] = "nothing", ["does dim ots"] = "it doesnt matter", ["dim ots"] = "doesnt matter",
        ["ni"] = "we", ["fi"] = "me", ["i"] = "i", ["fy"] = "my", ["ein"] = "our", ["eu"] = "their", ["ei"] = "his", ["e"] = "he", ["fe"] = "it",
        ["hi"] = "she", ["nhw"] = "they", ["chi"] = "you", ["ti"] = "you", ["yn"] = "", ["y"] = "the", ["yr"] = "the", ["r"] = "the",
        ["a"] = "and", ["ac"] = "and", ["neu"] = "or", ["ond"] = "but", ["hefyd"] = "too", ["am"] = "about", ["ar"] = "on", ["o"] = "of",
        ["gyda"] = "with", ["da"] = "with", ["efo"] = "with", ["mewn"] = "in", ["ym"] = "in", ["yng"] = "in", ["yma"] = "here", ["ma"] = "is",
        ["nawr"] = "now", ["rwan"] = "now", ["heddiw"] = "today", ["bore yma"] = "this morning", ["bore ma"] = "this morning", ["wedyn"] = "then",
        ["tra"] = "while", ["tra bo"] = "while", ["tra bod"] = "while", ["tra bod e da fi"] = "while i have it", ["achos"] = "because", ["os"] = "if",
        ["fel"] = "as", ["mae"] = "", ["roedd"] = "was", ["oedd"] = "was", ["wedi"] = "has", ["bod"] = "be", ["fod"] = "be", ["dwi"] = "i am",
        ["dw"] = "i am", ["rydw"] = "i am", ["wi"] = "i am", ["eisiau"] = "want to", ["isio"] = "want to", ["ishe"] = "want to", ["moyn"] = "want to",
        ["gallu"] = "can", ["jyst"] = "just", ["jest"] = "just", ["yn ystod"] = "during", ["ystod"] = "during", ["ar ol"] = "after", ["cyn"] = "before",
        ["dros"] = "over", ["felly"] = "so", ["rhag ofn"] = "in case", ["unrhyw"] = "any", ["rhai"] = "some", ["un o"] = "one of", ["wrth"] = "to",
        ["wrtha i"] = "to me", ["amdana i"] = "about me", ["ohona i"] = "of me", ["ohoni"] = "of her", ["ohono"] = "of him", ["iddi"] = "to her",
        ["iddo"] = "to him", ["hynny"] = "that", ["hyn"] = "this", ["sydd"] = "that is", ["sy"] = "that is", ["gan"] = "by", ["go iawn"] = "real",
        ["yn ol"] = "ago", ["fydda i ddim yn"] = "i will not", ["fydda i ddim"] = "i will not", ["bydda i"] = "i will", ["mynd"] = "go",
        ["mynd ar"] = "go on", ["fynd ar"] = "go on", ["mynd adre"] = "go home", ["fynd adre"] = "go home", ["ar gyfer"] = "for",
        // Asking about the policy.
        ["polisi"] = "policy", ["y polisi"] = "the policy", ["yn berthnasol"] = "apply", ["berthnasol"] = "apply", ["yn dal yn berthnasol"] = "still apply",
        ["dal yn berthnasol"] = "still apply", ["colli fy swydd"] = "lose my job", ["golli fy swydd"] = "lose my job", ["swydd"] = "job",
        ["diswyddo"] = "sacked", ["fy niswyddo"] = "sacked", ["monitro"] = "monitor", ["dienw"] = "anonymous", ["yn ddienw"] = "anonymously",
        ["gwybod"] = "know", ["wybod"] = "know", ["iddo fe wybod mai fi"] = "him to know it was me", ["mai fi"] = "it was me",
        ["sy wedi cwyno"] = "who complained", ["preifat"] = "private", ["cyfrif"] = "account", ["fy nghyfrif"] = "my account",
        ["gosodiadau preifatrwydd"] = "privacy settings", ["preifatrwydd"] = "privacy", ["canlyniadau"] = "consequences",
        // People.
        ["plentyn"] = "child", ["plant"] = "children", ["blant"] = "children", ["disgybl"] = "pupil", ["disgyblion"] = "pupils",
        ["cyn ddisgybl"] = "former pupil", ["cyn disgybl"] = "former pupil", ["hen ddisgybl"] = "former pupil", ["cyn aelod o staff"] = "former member of staff",
        ["aelod o staff"] = "member of staff", ["pennaeth"] = "head teacher", ["y pennaeth"] = "the head", ["dirprwy"] = "deputy",
        ["athro"] = "teacher", ["athrawes"] = "teacher", ["athrawon"] = "teachers", ["un o y athrawon"] = "one of the teachers",
        ["cydweithiwr"] = "colleague", ["cydweithwyr"] = "colleagues", ["rhiant"] = "a parent", ["rhieni"] = "parents", ["mam"] = "mum",
        ["tad"] = "dad", ["brawd"] = "brother", ["chwaer"] = "sister", ["brawd bach"] = "little brother", ["llywodraethwyr"] = "governors",
        ["cyngor"] = "council", ["ffrind"] = "friend", ["ffrindiau"] = "friends", ["fel ffrind"] = "as a friend", ["rhywun"] = "someone",
        ["rhiant wedi postio"] = "a parent has posted", ["blwyddyn"] = "year", ["bl"] = "year", ["dosbarth"] = "class",
        ["yn fy nosbarth i"] = "in my class", ["roedd e yn fy nosbarth"] = "he was in my class", ["roedd hi yn fy nosbarth"] = "she was in my class",
        ["meithrin"] = "nursery", ["derbyn"] = "accept", ["babanod"] = "infants", ["iau"] = "juniors", ["plismon"] = "policeman", ["nyrs"] = "nurse",
        ["mlynedd"] = "years", ["blynedd"] = "years", ["oed"] = "years old",
        // Doing.
        ["postio"] = "post", ["wedi postio"] = "has posted", ["rhannu"] = "share", ["rhoi"] = "put", ["rhoi nhw ar"] = "put them on",
        ["roi nhw ar"] = "put them on", ["hoffi"] = "like it", ["sgwennu"] = "write", ["ysgrifennu"] = "writing", ["cwyno"] = "complain",
        ["beirniadu"] = "criticising", ["yn beirniadu"] = "criticising", ["lladd ar"] = "slagging off", ["yn lladd ar"] = "is slagging off",
        ["gwneud hwyl am ben"] = "making fun of", ["gwneud hwyl"] = "making fun", ["hwyl"] = "fun", ["sgwrsio"] = "chat", ["siarad"] = "talk",
        ["neges"] = "message", ["negeseuon"] = "messages", ["ateb"] = "reply to", ["dilyn"] = "follow", ["fy nilyn i"] = "follow me",
        ["gofyn i fy nilyn i"] = "asked to follow me", ["ychwanegu"] = "add", ["gofyn"] = "ask", ["wedi gofyn"] = "has asked",
        ["dweud"] = "say", ["dweud wrth"] = "tell", ["yn dweud pethau cas"] = "is saying nasty things", ["pethau cas"] = "nasty things",
        ["son am"] = "mentioning", ["yn son am"] = "mentioning", ["heb son am"] = "without mentioning", ["enwi"] = "name", ["enwau"] = "names",
        ["enw"] = "name", ["defnyddio"] = "use", ["jecio"] = "check", ["checio"] = "check", ["edrych ar"] = "look at", ["gweld"] = "see",
        ["welais i"] = "i saw", ["gweithio"] = "working", ["yn gweithio yn annibynnol"] = "working independently", ["annibynnol"] = "independently",
        ["cadw"] = "keep", ["ymlaen"] = "on", ["ffonio"] = "ring", ["gwrando ar"] = "listen to", ["cerddoriaeth"] = "music", ["dangos"] = "show",
        ["dangos fideo i y dosbarth"] = "show the class a video", ["meddwl"] = "think", ["beth dwi yn meddwl"] = "what i think", ["dechrau"] = "start",
        ["dysgu"] = "teaching", ["diweddaru"] = "update", ["rhedeg"] = "run", ["trwsio"] = "fix", ["lico"] = "enjoy", ["hoffi fe"] = "like it",
        ["delio"] = "deal", ["ddelion nhw"] = "they dealt", ["bwlio"] = "bullying", ["cymryd"] = "taken", ["yn cael"] = "having",
        ["cael"] = "have", ["sgrinlun"] = "screenshot", ["cyfrinachol"] = "confidential", ["sefyllfa deuluol"] = "family situation",
        ["diagnosis o"] = "diagnosed with", ["canser"] = "cancer", ["llawdriniaeth"] = "an operation", ["ysbyty"] = "hospital", ["brys"] = "urgent",
        ["cefnogaeth"] = "support", ["neges o gefnogaeth"] = "a message of support", ["tra bo y plant"] = "while the children are working",
        ["tra bod y plant"] = "while the children are working", ["problemau"] = "problems", ["y problemau"] = "the problems", ["cas"] = "nasty",
        ["ffiaidd"] = "vile", ["hollol ffiaidd"] = "vile", ["uffern"] = "hell", ["bywyd yn uffern"] = "life hell", ["jôc"] = "joke", ["joc"] = "joke",
        ["sylwadau"] = "comments", ["sylwadau cas"] = "nasty comments", ["sylw"] = "comment", ["adroddiad"] = "report",
        ["adroddiad estyn"] = "estyn report",
        // Things and places.
        ["llun"] = "photo", ["lluniau"] = "photos", ["fideo"] = "video", ["ffon"] = "phone", ["ffon symudol"] = "mobile phone",
        ["fy ffon fy hun"] = "my own phone", ["ffon fy hun"] = "own phone", ["fy hun"] = "own", ["cyfrifiadur"] = "computer",
        ["cyfrifiadur y ysgol"] = "school computer", ["cyfrifiadur yr ysgol"] = "school computer", ["gliniadur"] = "laptop",
        ["gliniadur y ysgol"] = "school laptop", ["ipad y dosbarth"] = "class ipad", ["ipad y ysgol"] = "school ipad", ["tabled"] = "tablet",
        ["bwrdd gwyn"] = "whiteboard", ["wedi torri"] = "broken", ["torri"] = "broken", ["ysgol"] = "school", ["yr ysgol"] = "the school",
        ["gwers"] = "lesson", ["yn y wers"] = "in the lesson", ["yn y dosbarth"] = "in class", ["ystafell staff"] = "staffroom", ["stafell staff"] = "staffroom",
        ["ystafell ddosbarth"] = "classroom", ["stafell ddosbarth"] = "classroom", ["yn y stafell ddosbarth"] = "in the classroom",
        ["gartref"] = "at home", ["adre"] = "home", ["adref"] = "home", ["penwythnos"] = "weekend", ["gwyliau"] = "holidays",
        ["gwyliau yr ysgol"] = "school holidays", ["gwyliau yr haf"] = "summer holidays", ["ar fy ngwyliau"] = "on holiday", ["hanner tymor"] = "half term",
        ["cyfnod mamolaeth"] = "maternity leave", ["ar gyfnod mamolaeth"] = "on maternity leave", ["mamolaeth"] = "maternity",
        ["salwch"] = "sick leave", ["egwyl"] = "break", ["amser chwarae"] = "playtime", ["amser cinio"] = "lunchtime", ["amser cpa"] = "ppa time",
        ["cpa"] = "ppa", ["grwp"] = "group", ["grwp whatsapp y rhieni"] = "parents whatsapp group", ["tudalen"] = "page", ["tudalen facebook"] = "facebook page",
        ["swyddogol"] = "official", ["mabolgampau"] = "sports day", ["taith"] = "trip", ["trip"] = "trip", ["ymweliad"] = "visit",
        ["sain ffagan"] = "st fagans museum trip", ["ty crwn"] = "roundhouse", ["parti"] = "party", ["parti nadolig"] = "christmas party",
        ["nadolig"] = "christmas", ["clwb brecwast"] = "breakfast club", ["clwb rygbi"] = "rugby club", ["clwb rygbi lleol"] = "local rugby club",
        ["argraffydd"] = "printer", ["argraffydd lliw"] = "colour printer", ["allwedd"] = "key", ["cwpwrdd"] = "cupboard",
        ["addysg gorfforol"] = "pe", ["chwefror"] = "february", ["blog"] = "blog", ["cymraeg"] = "welsh", ["syniadau"] = "ideas", ["caneuon"] = "songs",
        ["plentyn go iawn"] = "real child", ["gat yr ysgol"] = "school gate", ["gat"] = "gate", ["bore"] = "morning", ["lyfli"] = "lovely",
        ["coffi"] = "coffee", ["goroesi"] = "survive", ["wythnos"] = "week", ["olaf"] = "last", ["tymor"] = "term", ["faint o"] = "how much",
        ["angen"] = "need", ["dydd"] = "day", ["mawrth"] = "tuesday", ["gwener"] = "friday", ["bywydathro"] = "teacher life", ["teimlo"] = "feels",
        ["caffi"] = "cafe", ["lleol"] = "local", ["sbaen"] = "spain", ["yn sbaen"] = "in spain", ["earphones"] = "earphones",
        ["post"] = "post", ["bost"] = "post", ["postiad"] = "post", ["cwmni"] = "company", ["haf"] = "summer", ["wyliau"] = "holidays",
        ["ffordd"] = "way", ["y ffordd"] = "the way", ["clwb"] = "club", ["tawel"] = "quietly", ["dawel"] = "quietly",

        // Concepts in everyday Welsh (radical forms: the mutations are undone before lookup, so "ddiog" finds "diog").
        // Tone: criticism, mockery and insult.
        ["da i ddim"] = "useless", ["yn da i ddim"] = "useless", ["anobeithiol"] = "hopeless", ["ofnadwy"] = "awful", ["uffernol"] = "awful",
        ["erchyll"] = "terrible", ["twp"] = "stupid", ["dwl"] = "stupid", ["diog"] = "lazy", ["llanast"] = "shambles", ["gwael"] = "rubbish",
        ["sbwriel"] = "rubbish", ["rwtsh"] = "rubbish", ["di glem"] = "clueless", ["dim clem"] = "no clue", ["dim syniad"] = "no idea what",
        ["gwawdio"] = "mocking", ["chwerthin am ben"] = "laughing at", ["sarhau"] = "insult", ["sarhaus"] = "insulting", ["annheg"] = "unfair",
        ["cywilydd"] = "a disgrace", ["gwarthus"] = "disgraceful", ["hyll"] = "ugly", ["tew"] = "fat", ["pathetig"] = "pathetic",
        ["gwastraff amser"] = "waste of time", ["twpsyn"] = "idiot", ["lembo"] = "idiot", ["ffwlbart"] = "idiot", ["ffwl"] = "idiot",
        ["yn jôc"] = "is a joke", ["yn joc"] = "is a joke", ["anghymwys"] = "incompetent", ["digywilydd"] = "rude", ["anghwrtais"] = "rude",
        ["cwyn"] = "complaint", ["cwynion"] = "complaints", ["beirniadaeth"] = "criticism", ["gwneud sbort am ben"] = "making fun of",
        ["sbort"] = "fun", ["tynnu coes"] = "take the mick", ["bwli"] = "bully", ["bygwth"] = "threaten", ["hiliol"] = "racist",
        ["methu"] = "useless at", ["yn methu"] = "failing", ["diflas"] = "awful", ["ych a fi"] = "disgusting", ["celwydd"] = "lies",
        ["celwyddau"] = "lies", ["sibrydion"] = "rumours", ["clecs"] = "gossip",
        // Confidential matters, named or not.
        ["sal"] = "ill", ["yn sal"] = "is ill", ["i ffwrdd yn sal"] = "off sick", ["i ffwrdd"] = "off", ["absennol"] = "absence",
        ["beichiog"] = "pregnant", ["disgwyl babi"] = "expecting a baby", ["cancr"] = "cancer", ["iselder"] = "depression",
        ["gorbryder"] = "anxiety", ["straen"] = "stress", ["ysgariad"] = "divorce", ["ysgaru"] = "divorcing", ["gofal"] = "care",
        ["mewn gofal"] = "in care", ["i ofal"] = "in care", ["maeth"] = "foster", ["gofal maeth"] = "foster care",
        ["gwasanaethau cymdeithasol"] = "social services", ["gweithiwr cymdeithasol"] = "social worker", ["heddlu"] = "police",
        ["carchar"] = "prison", ["yn y carchar"] = "in prison", ["gwahardd"] = "excluded", ["wedi ei wahardd"] = "excluded",
        ["wedi cael ei wahardd"] = "excluded", ["cyfrinach"] = "secret", ["cyfrinachau"] = "secret", ["yn gyfrinachol"] = "in confidence",
        ["marciau"] = "marks", ["graddau"] = "grades", ["profion"] = "test scores", ["canlyniadau profion"] = "test results",
        ["canlyniadau y profion"] = "test results", ["cyfeiriad"] = "address", ["rhif ffon"] = "phone number", ["cyllideb"] = "budget",
        ["cyflog"] = "salary", ["diswyddiadau"] = "redundancies", ["ymchwiliad"] = "investigation", ["cael ei diswyddo"] = "been dismissed",
        ["cael ei ddiswyddo"] = "been dismissed", ["wedi ymddiswyddo"] = "resigned", ["ymddiswyddo"] = "resigning", ["gadael"] = "leaving",
        ["digwyddiad"] = "incident", ["damwain"] = "accident", ["ymladd"] = "fight", ["ffeit"] = "fight", ["taflu cadair"] = "threw a chair",
        ["crio"] = "crying", ["llefain"] = "crying", ["brifo"] = "hurt", ["wedi brifo"] = "hurt", ["llau pen"] = "head lice",
        ["ymddygiad"] = "behaviour", ["anghenion dysgu ychwanegol"] = "special needs", ["adysgu"] = "special needs", ["awtistig"] = "autistic",
        ["alergedd"] = "allergy", ["epilepsi"] = "epilepsy", ["meddyginiaeth"] = "medication",
        // People, as schools say them.
        ["bachgen"] = "boy", ["bechgyn"] = "boys", ["merch"] = "girl", ["merched"] = "girls", ["mamau"] = "mums", ["tadau"] = "dads",
        ["teulu"] = "family", ["teuluoedd"] = "families", ["cymhorthydd"] = "ta", ["cymorthydd"] = "ta", ["cynorthwyydd"] = "ta",
        ["cynorthwywyr"] = "tas", ["glanhawr"] = "cleaner", ["glanhawyr"] = "cleaners", ["gofalwr"] = "caretaker", ["ysgrifenyddes"] = "secretary",
        ["llywodraethwr"] = "governor", ["arolygwyr"] = "inspectors", ["arolygiad"] = "inspection", ["arolygydd"] = "inspector",
        ["dosbarth derbyn"] = "reception class", ["fy nosbarth"] = "my class", ["ein dosbarth"] = "our class", ["cyn ddisgyblion"] = "former pupils",
        ["rheolwyr"] = "management", ["uwch dim"] = "slt", ["tim rheoli"] = "management", ["cydweithwraig"] = "colleague", ["gwr"] = "husband",
        ["gwraig"] = "wife", ["partner"] = "partner", ["mab"] = "son", ["plant fy hun"] = "my own children", ["nai"] = "nephew", ["nith"] = "niece",
        ["cefnder"] = "cousin", ["cyfnither"] = "cousin",
        // Doing.
        ["anfon"] = "send", ["anfon neges"] = "send a message", ["cais ffrind"] = "friend request", ["cais"] = "request", ["tecstio"] = "text",
        ["tecst"] = "text", ["tynnu llun"] = "take a photo", ["tynnu lluniau"] = "take photos", ["ffilmio"] = "film", ["uwchlwytho"] = "upload",
        ["lanlwytho"] = "upload", ["trydar"] = "tweet", ["trydariad"] = "tweet", ["chwarae"] = "play", ["gemau"] = "games", ["gem"] = "game",
        ["siopa"] = "shopping", ["ar lein"] = "online", ["ebost"] = "email", ["e bost"] = "email", ["gwylio"] = "watch", ["darllen"] = "read",
        ["sgrolio"] = "scroll", ["tagio"] = "tag", ["caniatad"] = "permission", ["heb ganiatad"] = "without permission", ["wyneb"] = "face",
        ["wynebau"] = "faces", ["heb eu wynebau"] = "without their faces", ["cuddio"] = "hide", ["aneglur"] = "blurred", ["enwau llawn"] = "full names",
        ["galw"] = "call", ["galwad"] = "call", ["ateb y ffon"] = "answer my phone", ["dilynwyr"] = "followers", ["grwp whatsapp"] = "whatsapp group",
        ["ymuno"] = "join", ["llofnodi"] = "sign", ["deiseb"] = "petition", ["ymgyrch"] = "campaign", ["protestio"] = "protest",
        ["yn erbyn"] = "against", ["adolygiad"] = "review",
        // When and where.
        ["tra mae y plant"] = "while the children are", ["pan mae y plant"] = "while the children are", ["tra mae y dosbarth"] = "while the class are",
        ["amser gwaith"] = "working time", ["oriau gwaith"] = "working hours", ["yn y gwaith"] = "at work", ["yn y ysgol"] = "in school",
        ["yn ystod y wers"] = "during the lesson", ["yn ystod gwersi"] = "during lessons", ["gwersi"] = "lessons", ["amser egwyl"] = "break time",
        ["ar ddyletswydd"] = "on duty", ["dyletswydd"] = "duty", ["gyda y nos"] = "in the evening", ["heno"] = "tonight", ["nos"] = "night",
        ["dydd sadwrn"] = "saturday", ["dydd sul"] = "sunday", ["llechen"] = "tablet", ["rhwydwaith"] = "network", ["rhwydwaith y ysgol"] = "school network",
        ["wifi y ysgol"] = "school wifi", ["neuadd"] = "hall", ["iard"] = "yard", ["cae"] = "field", ["cyngerdd"] = "concert", ["sioe"] = "show",
        ["sioe nadolig"] = "christmas play", ["drama"] = "play", ["gwibdaith"] = "trip", ["ymweliad addysgol"] = "school trip", ["disgo"] = "disco",
        ["gwasanaeth"] = "assembly", ["cystadleuaeth"] = "competition", ["gem bel droed"] = "football match", ["pel droed"] = "football",
        ["twrnamaint"] = "tournament", ["eisteddfod"] = "eisteddfod", ["llangrannog"] = "residential", ["glan llyn"] = "residential",
        // Own life.
        ["ci"] = "dog", ["cath"] = "cat", ["pen blwydd"] = "birthday", ["penblwydd"] = "birthday", ["priodas"] = "wedding", ["bwyd"] = "food",
        ["cinio dydd sul"] = "sunday dinner", ["gardd"] = "garden", ["ty newydd"] = "new house", ["babi"] = "baby", ["gwyliau haf"] = "summer holidays",
        ["traeth"] = "beach", ["mynydd"] = "mountains", ["rhedeg marathon"] = "marathon", ["prawf gyrru"] = "driving test", ["cerdded"] = "walking",
        ["fy mywyd"] = "my life", ["hun"] = "own",

        // Everyday Welsh words of any question (so that a question is read whole, and the permit gate knows it was).
        ["neud"] = "do", ["gwneud"] = "do", ["newydd"] = "new", ["amser"] = "time", ["dylai"] = "should", ["dylen"] = "should",
        ["hawl"] = "allowed", ["oes hawl"] = "is it allowed", ["oes hawl da fi"] = "am i allowed to", ["oes hawl gen i"] = "am i allowed to",
        ["oes hawl gyda fi"] = "am i allowed to", ["ydw i"] = "am i", ["ydw"] = "am", ["odw"] = "yes", ["tynnu"] = "take", ["arall"] = "other",
        ["eraill"] = "others", ["maen nhw"] = "they are", ["maen"] = "they are", ["dal"] = "still", ["gen i"] = "i have", ["mae gen i"] = "i have",
        ["gennym"] = "we have", ["tim"] = "team", ["colli"] = "lose", ["ces i"] = "i got", ["ces"] = "i got", ["byd"] = "world",
        ["ynddo"] = "in it", ["ynddi"] = "in it", ["ynddyn"] = "in them", ["personol"] = "personal", ["eto"] = "yet", ["rhywbeth"] = "something",
        ["aelod"] = "member", ["allan"] = "out", ["dod"] = "come", ["aros"] = "wait", ["aros am"] = "waiting for", ["lan"] = "up",
        ["neb"] = "nobody", ["neithiwr"] = "last night", ["newid"] = "change", ["bydda"] = "will", ["bydd"] = "will", ["pethau"] = "things",
        ["peth"] = "thing", ["pan"] = "when", ["cyfnod"] = "period", ["i gyd"] = "all", ["ohonon ni"] = "of us", ["ohonon"] = "of us",
        ["ohonyn nhw"] = "of them", ["ohonyn"] = "of them", ["mai"] = "that", ["ystafell"] = "room", ["stafell"] = "room", ["pen"] = "head",
        ["am ben"] = "at", ["meddw"] = "drunk", ["braidd yn feddw"] = "tipsy", ["desg"] = "desk", ["swyddfa"] = "office", ["dydy"] = "",
        ["dyw"] = "", ["nid"] = "not", ["edrych"] = "look", ["edrych ar beth"] = "check what", ["dan"] = "under", ["doniol"] = "funny",
        ["deud"] = "say", ["nesa"] = "next", ["nesaf"] = "next", ["wythnos nesa"] = "next week", ["mor"] = "so", ["gwelais i"] = "i saw",
        ["gwelais"] = "i saw", ["parcio"] = "parking", ["maes parcio"] = "car park", ["wynebe"] = "faces", ["cyfri"] = "count",
        ["dal yn cyfri"] = "still count", ["o gwbl"] = "at all", ["gwbl"] = "at all", ["nabod"] = "know", ["pentre"] = "village",
        ["pentref"] = "village", ["ddoe"] = "yesterday", ["gwaith"] = "work", ["eira"] = "snow", ["dawnsio"] = "dancing",
        ["digwydd"] = "happen", ["beth sy yn digwydd os"] = "what happens if", ["be sy yn digwydd os"] = "what happens if",
        ["beth fydd yn digwydd os"] = "what happens if", ["pawb"] = "everyone", ["llwyr"] = "completely", ["hollol"] = "completely",
        ["nol"] = "back", ["brecwast"] = "breakfast", ["chwarter"] = "quarter", ["gwrando"] = "listen", ["gydag"] = "with", ["problem"] = "problem",
        ["hen"] = "old", ["bwrdd"] = "table", ["bywyd"] = "life", ["ychydig"] = "a little", ["bosib"] = "possible", ["hanner"] = "half",
        ["mis"] = "month", ["eleni"] = "this year", ["lliw"] = "colour", ["blynyddoedd"] = "years", ["dolig"] = "christmas", ["braidd"] = "rather",
        ["hynna"] = "that", ["hwnna"] = "that", ["bell"] = "far", ["ffwrdd"] = "away", ["gyrru"] = "drive", ["hyfforddi"] = "coaching",
        ["jocs"] = "jokes", ["amdano"] = "about him", ["amdani"] = "about her", ["amdanyn"] = "about them", ["aml"] = "often",
        ["tsiecio"] = "check", ["checko"] = "check", ["gosodiadau"] = "settings", ["offer"] = "equipment", ["tgch"] = "ict",
        ["offer tgch"] = "ict equipment", ["cymorthyddion"] = "tas", ["siwr"] = "sure", ["maes"] = "field", ["rhan"] = "part",
        ["newyddion"] = "news", ["penaethiaid"] = "head teachers", ["cosb"] = "punishment", ["cosbau"] = "consequences", ["rhybudd"] = "warning",
        ["unig"] = "only", ["yn unig"] = "only", ["gwylie"] = "holidays", ["rheolau"] = "rules", ["rheol"] = "rule", ["cegin"] = "kitchen",
        ["lot"] = "lots", ["postiais"] = "i posted", ["postiais i"] = "i posted", ["clir"] = "clear", ["trwbl"] = "trouble",
        ["mewn trwbl"] = "in trouble", ["defnyddiais"] = "i used", ["defnyddiais i"] = "i used", ["mawr"] = "big", ["papur"] = "paper",
        ["llungopiwr"] = "photocopier", ["llofft"] = "upstairs", ["stori"] = "story", ["awr"] = "hour", ["trafod"] = "discuss",
        ["digwyddodd"] = "happened", ["cyfarfod"] = "meeting", ["rhyfedd"] = "weird", ["manylion"] = "details", ["banc"] = "bank",
        ["hapus"] = "happy", ["talu"] = "pay", ["modd"] = "mode", ["codi"] = "raise", ["pryder"] = "concern", ["codi pryder"] = "raise a concern",
        ["cyhoeddi"] = "announce", ["cyn iddyn nhw gyhoeddi"] = "before its announced", ["cyn iddyn nhw gyhoeddi fe"] = "before its announced",
        ["gwahoddiad"] = "invitation", ["proffil"] = "profile", ["cyhoeddus"] = "public", ["yn gyhoeddus"] = "public", ["cynllun"] = "scheme",
        ["gwirfoddoli"] = "volunteering", ["helpu"] = "help", ["bws mini"] = "minibus", ["bws"] = "bus", ["cyfryngau cymdeithasol"] = "social media",
        ["cyfryngau"] = "media", ["cytuno"] = "agree", ["anghytuno"] = "disagree", ["onest"] = "honest", ["wnaeth"] = "did", ["ffit"] = "seizure",
        ["ffit epileptig"] = "seizure", ["epileptig"] = "epilepsy", ["er mwyn"] = "in order to", ["ymwybyddiaeth"] = "awareness",
        ["cyfrifon"] = "accounts", ["o gwmpas"] = "around", ["sadwrn"] = "saturday", ["diwrnod"] = "day", ["diwrnodau"] = "days",
        ["helo"] = "", ["hyfforddiant"] = "training", ["lleoliad"] = "placement", ["portffolio"] = "portfolio", ["prifysgol"] = "university",
        ["gwag"] = "empty", ["wal"] = "wall", ["barn"] = "opinion", ["penderfyniad"] = "decision", ["corff llywodraethu"] = "governing body",
        ["arian"] = "money", ["ysgolion"] = "schools", ["ffug"] = "fake", ["chwaraeon"] = "sports", ["diwrnod chwaraeon"] = "sports day",
        ["cefndir"] = "background", ["fandaliaid"] = "vandals", ["yno"] = "there", ["gwisgo"] = "wearing", ["siwtiau gwlyb"] = "wetsuits",
        ["cymhwyso"] = "qualify", ["newydd gymhwyso"] = "newly qualified", ["cyntaf"] = "first", ["cefnogol"] = "supportive",
        ["gawn ni"] = "can we", ["cawn ni"] = "can we", ["ffonau"] = "phones", ["ers"] = "since", ["ystyr"] = "meaning",
        ["beth yw ystyr"] = "what is meant by", ["anfri"] = "disrepute", ["dod ag anfri ar"] = "bring into disrepute", ["tywydd"] = "weather",
        ["barri"] = "barry", ["torri y polisi"] = "break the policy", ["torri y rheolau"] = "break the rules", ["dilyn y polisi"] = "follow the policy",
        ["oes rhaid i mi ddilyn"] = "do i have to follow", ["oes rhaid i fi ddilyn"] = "do i have to follow", ["ddim yn gwybod eto"] = "not announced yet",
        ["ddim yn gwybod"] = "dont know", ["bob"] = "every", ["bob bore"] = "every morning", ["weithiau"] = "sometimes", ["wastad"] = "always",
        ["rhwng"] = "between", ["ar draws"] = "across", ["tu allan"] = "outside", ["tu ol"] = "behind", ["tu fewn"] = "inside", ["drws"] = "door",
        ["gwersi nofio"] = "swimming lessons", ["nofio"] = "swimming", ["canu"] = "singing", ["cor"] = "choir", ["sglodion"] = "chips",
        ["cwrw"] = "beer", ["gwin"] = "wine", ["tafarn"] = "pub", ["noson allan"] = "night out", ["priodi"] = "marry", ["dyweddio"] = "engaged",
        ["wedi blino"] = "tired", ["blino"] = "tired", ["prysur"] = "busy", ["anodd"] = "difficult", ["hawdd"] = "easy",         ["gwych"] = "brilliant", ["ardderchog"] = "excellent", ["balch"] = "proud", ["falch"] = "proud", ["llongyfarchiadau"] = "congratulations",
        ["diolch"] = "thank you", ["hwyl fawr"] = "goodbye", ["ymddeol"] = "retire", ["ymddeoliad"] = "retirement", ["swydd newydd"] = "new job",
        ["cyfenw"] = "surname", ["gwefan"] = "website", ["gwefan y ysgol"] = "school website", ["tudalen y ysgol"] = "school page",
        ["cyfrif y ysgol"] = "school account", ["swyddogol y ysgol"] = "official school", ["mewngofnodi"] = "log in", ["cyfrinair"] = "password",
        ["sgrin"] = "screen", ["taflunydd"] = "projector", ["seinydd"] = "speaker", ["ar y bwrdd gwyn"] = "on the whiteboard",
        // Seeing and reporting someone else's post; saying whatever one wants.
        ["be dw i fod i neud"] = "what should i do",
        ["beth dw i fod i wneud"] = "what should i do",
        ["beth dw i fod i neud"] = "what should i do",
        ["be ddylwn i neud"] = "what should i do",
        ["be ddylwn i wneud"] = "what should i do",
        ["ddylen i ddweud wrth rywun"] = "should i tell someone",
        ["dylen i ddweud wrth rywun"] = "should i tell someone",
        ["di"] = "has",
        ["wedi gweld"] = "have seen",
        ["dw i wedi gweld"] = "i have seen",
        ["dw i di gweld"] = "i have seen",
        ["os dw i yn gweld"] = "if i see",
        ["beth dw i moyn"] = "whatever i want",
        ["beth dw i eisiau"] = "whatever i want",
        ["beth bynnag"] = "whatever",
        ["post gan"] = "a post by",
        ["enwau y plant"] = "names the children",
        ["aros am ganlyniadau"] = "waiting for test results",
        ["canlyniadau o y ysbyty"] = "test results from the hospital",
        ["y gwr"] = "my husband",
        // "Mae athro yn postio…": yn with a verb is what someone is doing.
        ["yn postio"] = "is posting",
        ["yn rhannu"] = "is sharing",
        ["yn anfon"] = "is sending",
        ["yn tynnu lluniau"] = "is taking photos",
        ["yn ffilmio"] = "is filming",
        ["yn defnyddio"] = "is using",
        ["yn negesu"] = "is messaging",
        ["yn tecstio"] = "is texting",
        // …but "dw i'n postio" is what the asker is doing.
        ["dwi yn postio"] = "i am posting",
        ["dwi yn rhannu"] = "i am sharing",
        ["dwi yn anfon"] = "i am sending",
        ["dwi yn ffilmio"] = "i am filming",
        ["dwi yn defnyddio"] = "i am using",
        ["dwi yn negesu"] = "i am messaging",
        ["dwi yn tecstio"] = "i am texting",
        ["dw i yn postio"] = "i am posting",
        ["dw i yn rhannu"] = "i am sharing",
        ["dw i yn anfon"] = "i am sending",
        ["dw i yn ffilmio"] = "i am filming",
        ["dw i yn defnyddio"] = "i am using",
        ["dw i yn negesu"] = "i am messaging",
        ["dw i yn tecstio"] = "i am texting",
        ["rydw i yn postio"] = "i am posting",
        ["rydw i yn rhannu"] = "i am sharing",
        ["rydw i yn anfon"] = "i am sending",
        ["rydw i yn ffilmio"] = "i am filming",
        ["rydw i yn defnyddio"] = "i am using",
        ["rydw i yn negesu"] = "i am messaging",
        ["rydw i yn tecstio"] = "i am texting",
        ["ydw i yn postio"] = "i am posting",
        ["ydw i yn rhannu"] = "i am sharing",
        ["ydw i yn anfon"] = "i am sending",
        ["ydw i yn ffilmio"] = "i am filming",
        ["ydw i yn defnyddio"] = "i am using",
        ["ydw i yn negesu"] = "i am messaging",
        ["ydw i yn tecstio"] = "i am texting",
        ["wi yn postio"] = "i am posting",
        ["wi yn rhannu"] = "i am sharing",
        ["wi yn anfon"] = "i am sending",
        ["wi yn ffilmio"] = "i am filming",
        ["wi yn defnyddio"] = "i am using",
        ["wi yn negesu"] = "i am messaging",
        ["wi yn tecstio"] = "i am texting",
        ["os dwi yn postio"] = "if i am posting",
        ["os dwi yn rhannu"] = "if i am sharing",
        ["os dwi yn anfon"] = "if i am sending",
        ["os dwi yn ffilmio"] = "if i am filming",
        ["os dwi yn defnyddio"] = "if i am using",
        ["os dwi yn negesu"] = "if i am messaging",
        ["os dwi yn tecstio"] = "if i am texting",
        ["os dw i yn postio"] = "if i am posting",
        ["os dw i yn rhannu"] = "if i am sharing",
        ["os dw i yn anfon"] = "if i am sending",
        ["os dw i yn ffilmio"] = "if i am filming",
        ["os dw i yn defnyddio"] = "if i am using",
        ["os dw i yn negesu"] = "if i am messaging",
        ["os dw i yn tecstio"] = "if i am texting",
        ["polisi arall"] = "other policies",
        ["fy mhroffil i"] = "my profile",
        ["fy mhroffil"] = "my profile",
        ["fy nghyfrif i"] = "my account",
    }.GroupBy(kv => NormaliseKey(kv.Key), StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    // "yr" and "'r" are the same article: keys and words both use "y".
    private static string NormaliseKey(string key) =>
        string.Join(' ', Fold(key).Split(' ').Select(w => w == "yr" ? "y" : w));

    /// <summary>The English gloss of a Welsh question, as one string for the English tokenizer.</summary>
    public static string Gloss(string welsh) => Gloss(welsh, out _);

    /// <summary>
    /// The English gloss, and how many words of the question it could not read: a Welsh word that is neither in the
    /// glossary (in any of its mutated forms) nor a word the English lexicon knows. The permit gate will not say "yes"
    /// to a question it has only half read.
    /// </summary>
    public static string Gloss(string welsh, out int unreadWords)
    {
        ArgumentNullException.ThrowIfNull(welsh);
        unreadWords = 0;
        var words = Words(welsh);
        var output = new StringBuilder(welsh.Length + 16);
        var i = 0;
        while (i < words.Count)
        {
            if (words[i].IsPunctuation)
            {
                output.Append(words[i].Text).Append(' ');
                i++;
                continue;
            }

            var matched = 0;
            for (var length = Math.Min(MaxPhraseWords, words.Count - i); length >= 1 && matched == 0; length--)
            {
                if (words.Skip(i).Take(length).Any(w => w.IsPunctuation))
                {
                    continue;
                }

                var phrase = string.Join(' ', words.Skip(i).Take(length).Select(w => w.Text));
                if (Lookup(phrase, length == 1) is { } gloss)
                {
                    output.Append(gloss).Append(' ');
                    matched = length;
                }
                else if (length > 1 && Radicals(words[i].Text).Skip(1).Select(r => r + phrase[words[i].Text.Length..]).FirstOrDefault(Entries.ContainsKey) is { } demutated)
                {
                    output.Append(Entries[demutated]).Append(' ');
                    matched = length;
                }
            }

            if (matched == 0)
            {
                output.Append(words[i].Text).Append(' ');
                if (IsUnread(words[i].Text))
                {
                    unreadWords++;
                }

                matched = 1;
            }

            i += matched;
        }

        return output.ToString().Trim();
    }

    // Numbers, one- and two-letter words and words the English lexicon knows ("Facebook", "iPad") are read; names are not.
    private static bool IsUnread(string word) =>
        word.Length > 2 && !word.All(char.IsDigit) && !Lexicon.Phrases.ContainsKey(word) && !Lexicon.Phrases.ContainsKey(word.TrimEnd('s'))
        && !Slang.Words.ContainsKey(word) && !EnglishPassThrough.Contains(word);

    // English words staff drop into Welsh ("jyst", "post", "ok" are glossed; these pass through as they are).
    private static readonly FrozenSet<string> EnglishPassThrough = new[]
    {
        "the", "and", "for", "with", "that", "this", "can", "but", "not", "yes", "okay", "like", "lol", "haha", "emoji",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static string? Lookup(string phrase, bool single)
    {
        if (Entries.TryGetValue(phrase, out var gloss))
        {
            return gloss;
        }

        if (!single)
        {
            return null;
        }

        foreach (var radical in Radicals(phrase).Skip(1))
        {
            if (Entries.TryGetValue(radical, out gloss))
            {
                return gloss;
            }
        }

        return null;
    }

    /// <summary>The word itself, then the radical forms a soft, nasal or aspirate mutation could have come from.</summary>
    internal static IEnumerable<string> Radicals(string word)
    {
        yield return word;
        if (word.Length < 3)
        {
            yield break;
        }

        if (word.StartsWith("ngh", StringComparison.Ordinal)) { yield return "c" + word[3..]; }
        if (word.StartsWith("mh", StringComparison.Ordinal)) { yield return "p" + word[2..]; }
        if (word.StartsWith("nh", StringComparison.Ordinal)) { yield return "t" + word[2..]; }
        if (word.StartsWith("ng", StringComparison.Ordinal)) { yield return "g" + word[2..]; }
        if (word.StartsWith("ph", StringComparison.Ordinal)) { yield return "p" + word[2..]; }
        if (word.StartsWith("th", StringComparison.Ordinal)) { yield return "t" + word[2..]; }
        if (word.StartsWith("ch", StringComparison.Ordinal)) { yield return "c" + word[2..]; }
        if (word.StartsWith("dd", StringComparison.Ordinal)) { yield return "d" + word[2..]; }
        if (word.StartsWith("ff", StringComparison.Ordinal) || word.StartsWith("ll", StringComparison.Ordinal) || word.StartsWith("rh", StringComparison.Ordinal))
        {
            yield break;
        }

        switch (word[0])
        {
            case 'b': yield return "p" + word[1..]; break;
            case 'd': yield return "t" + word[1..]; break;
            case 'g': yield return "c" + word[1..]; break;
            case 'f': yield return "b" + word[1..]; yield return "m" + word[1..]; break;
            // Soft mutation drops a g before l, r and w too: liniadur/gliniadur, waith/gwaith.
            case 'l': yield return "ll" + word[1..]; yield return "g" + word; break;
            case 'r': yield return "rh" + word[1..]; yield return "g" + word; break;
            case 'm': yield return "b" + word[1..]; break;
            case 'n': yield return "d" + word[1..]; break;
            case 'h' when word.Length > 1 && IsVowel(word[1]): yield return word[1..]; break;
            case var c when IsVowel(c): yield return "g" + word; break;
            default: break;
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'y';

    private readonly record struct Word(string Text, bool IsPunctuation);

    // Lower case, accents off (ffôn → ffon), apostrophes split: mae'n → mae yn, o'r → o y, 'da → da, 'ma → ma.
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length > 0)
            {
                var word = current.ToString();
                words.Add(new Word(word == "yr" ? "y" : word, false));
                current.Clear();
            }
        }

        var folded = Fold(text);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019' or '\u2018')
            {
                var rest = i + 1 < folded.Length && char.IsLetter(folded[i + 1]);
                Flush();
                if (rest && i + 2 <= folded.Length && (i + 2 == folded.Length || !char.IsLetter(folded[i + 2])))
                {
                    // A single letter after the apostrophe: 'n is yn, 'r is y.
                    var letter = char.ToLowerInvariant(folded[i + 1]);
                    words.Add(new Word(letter switch { 'n' => "yn", 'r' => "y", 'i' => "ei", _ => letter.ToString() }, false));
                    i++;
                }
            }
            else if (c == '-')
            {
                Flush();
            }
            else
            {
                Flush();
                if (c is '.' or ',' or '?' or '!' or ';' or ':' or '"' or '(' or ')')
                {
                    words.Add(new Word(c.ToString(), true));
                }
            }
        }

        Flush();
        return words;
    }

    internal static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
